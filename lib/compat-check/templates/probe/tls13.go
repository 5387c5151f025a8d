// TLS 1.3 handshake over an in-memory pipe with a throwaway ECDSA certificate.
// The standard library has no SM cipher suites (RFC 8998); this proves the
// TLS 1.3 half of the "TLS 1.3 + SM2/SM4 dual mode" requirement only.
package main

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"net"
	"time"
)

func init() {
	register("tls13", checkTLS13)
}

func selfSigned() (tls.Certificate, *x509.CertPool, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "xcprobe.local"},
		DNSNames:     []string{"xcprobe.local"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	pool := x509.NewCertPool()
	pool.AddCert(leaf)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}, pool, nil
}

func checkTLS13() (bool, string) {
	cert, pool, err := selfSigned()
	if err != nil {
		return false, "certificate: " + err.Error()
	}
	clientConn, serverConn := net.Pipe()
	server := tls.Server(serverConn, &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS13})
	client := tls.Client(clientConn, &tls.Config{RootCAs: pool, ServerName: "xcprobe.local", MinVersion: tls.VersionTLS13})
	done := make(chan error, 1)
	go func() { done <- server.Handshake() }()
	if err := client.Handshake(); err != nil {
		return false, "handshake: " + err.Error()
	}
	if err := <-done; err != nil {
		return false, "server handshake: " + err.Error()
	}
	state := client.ConnectionState()
	// Close the raw pipe, not the TLS conns: tls.Conn.Close sends close_notify
	// and, on an unbuffered pipe nobody reads, waits out a 5 s write deadline.
	_ = clientConn.Close()
	_ = serverConn.Close()
	return state.Version == tls.VersionTLS13, "negotiated " + tls.CipherSuiteName(state.CipherSuite)
}
