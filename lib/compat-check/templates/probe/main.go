// Command xcprobe is the compatibility probe that compat-check.sh builds with
// `go build` and runs on the target machine (or under PROBE_EXEC).
//
// It uses only the standard library here, so that a GOPATH build against a
// distribution's /usr/share/gocode needs nothing beyond the SM library that a
// variant file (sm_*.go, selected by build tag) brings in.
//
// Output is line-oriented and tab-separated so that bash can parse it without
// evaluating anything:
//
//	META   <key> <value>
//	CHECK  <id>  <PASS|FAIL> <detail>
package main

import (
	"bufio"
	"bytes"
	"crypto/cipher"
	"encoding/hex"
	"fmt"
	"os"
	"runtime"
	"strings"
)

type check struct {
	id  string
	run func() (bool, string)
}

var checks []check

// register adds a check; variant and feature files call it from init().
func register(id string, run func() (bool, string)) {
	checks = append(checks, check{id: id, run: run})
}

var metas [][2]string

func meta(key, value string) {
	metas = append(metas, [2]string{key, value})
}

// smSuite adapts one SM library's API to the checks below.
type smSuite struct {
	// signVerify signs msg, verifies it, and verifies a tampered copy.
	signVerify func(msg []byte) (verified, tamperedRejected bool, err error)
	sm3Sum     func(data []byte) []byte
	sm4Cipher  func(key []byte) (cipher.Block, error)
}

// Known-answer vectors from GB/T 32905-2016 (SM3, "abc") and GB/T 32907-2016 (SM4, example 1).
const (
	sm3Abc       = "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"
	sm4KeyPlain  = "0123456789abcdeffedcba9876543210"
	sm4Encrypted = "681edf34d206965e86b3e94f536e4246"
)

func registerSM(s smSuite) {
	register("sm2", func() (bool, string) {
		verified, rejected, err := s.signVerify([]byte("xcprobe SM2 sign/verify"))
		if err != nil {
			return false, "sign failed: " + err.Error()
		}
		if !verified {
			return false, "signature did not verify"
		}
		if !rejected {
			return false, "tampered message verified"
		}
		return true, "sign+verify ok, tampered message rejected"
	})
	register("sm3", func() (bool, string) {
		got := hex.EncodeToString(s.sm3Sum([]byte("abc")))
		return got == sm3Abc, "SM3(abc)=" + got
	})
	register("sm4", func() (bool, string) { return checkSM4(s.sm4Cipher) })
}

func checkSM4(newCipher func([]byte) (cipher.Block, error)) (bool, string) {
	key, _ := hex.DecodeString(sm4KeyPlain)
	block, err := newCipher(key)
	if err != nil {
		return false, "NewCipher: " + err.Error()
	}
	enc := make([]byte, block.BlockSize())
	block.Encrypt(enc, key)
	dec := make([]byte, len(enc))
	block.Decrypt(dec, enc)
	got := hex.EncodeToString(enc)
	if got != sm4Encrypted || !bytes.Equal(dec, key) {
		return false, "known-answer mismatch: " + got
	}
	return true, "encrypt/decrypt round trip matches GB/T 32907 vector"
}

// peakRSSKiB reads VmHWM (peak resident set) from /proc/self/status.
func peakRSSKiB() string {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if fields := strings.Fields(sc.Text()); len(fields) >= 2 && fields[0] == "VmHWM:" {
			return fields[1]
		}
	}
	return ""
}

// oneLine keeps a detail on one tab-free line so the shell parser stays trivial.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func runCheck(c check) (ok bool, detail string) {
	defer func() {
		if r := recover(); r != nil {
			ok, detail = false, fmt.Sprintf("panic: %v", r)
		}
	}()
	return c.run()
}

func main() {
	meta("go", runtime.Version())
	meta("goos", runtime.GOOS)
	meta("goarch", runtime.GOARCH)
	failed := false
	for _, c := range checks {
		ok, detail := runCheck(c)
		status := "PASS"
		if !ok {
			status, failed = "FAIL", true
		}
		fmt.Printf("CHECK\t%s\t%s\t%s\n", c.id, status, oneLine(detail))
	}
	meta("vmhwm_kib", peakRSSKiB())
	for _, m := range metas {
		fmt.Printf("META\t%s\t%s\n", m[0], oneLine(m[1]))
	}
	if failed {
		os.Exit(1)
	}
}
