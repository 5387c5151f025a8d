//go:build gmsm_emmansun

// emmansun/gmsm: keys are ecdsa-compatible; DefaultSM2SignerOpts selects the
// GB/T 32918 signature with the default user ID.
package main

import (
	"crypto/rand"

	"github.com/emmansun/gmsm/sm2"
	"github.com/emmansun/gmsm/sm3"
	"github.com/emmansun/gmsm/sm4"
)

func init() {
	meta("sm_library", "github.com/emmansun/gmsm")
	meta("sm_api", "emmansun")
	registerSM(smSuite{
		signVerify: func(msg []byte) (bool, bool, error) {
			priv, err := sm2.GenerateKey(rand.Reader)
			if err != nil {
				return false, false, err
			}
			sig, err := priv.Sign(rand.Reader, msg, sm2.DefaultSM2SignerOpts)
			if err != nil {
				return false, false, err
			}
			verified := sm2.VerifyASN1WithSM2(&priv.PublicKey, nil, msg, sig)
			tampered := sm2.VerifyASN1WithSM2(&priv.PublicKey, nil, append([]byte("x"), msg...), sig)
			return verified, !tampered, nil
		},
		sm3Sum: func(data []byte) []byte {
			h := sm3.New()
			h.Write(data)
			return h.Sum(nil)
		},
		sm4Cipher: sm4.NewCipher,
	})
}
