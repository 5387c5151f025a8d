//go:build gmsm_tjfoc_legacy

// tjfoc/gmsm up to 1.3.x (Debian's golang-github-tjfoc-gmsm-dev 1.3.0):
// GenerateKey() takes no argument and Sm2Sign takes no random source.
package main

import (
	"github.com/tjfoc/gmsm/sm2"
	"github.com/tjfoc/gmsm/sm3"
	"github.com/tjfoc/gmsm/sm4"
)

func init() {
	meta("sm_library", "github.com/tjfoc/gmsm")
	meta("sm_api", "tjfoc-1.3 GenerateKey()")
	uid := []byte("1234567812345678") // default SM2 user ID, GB/T 35276-2017
	registerSM(smSuite{
		signVerify: func(msg []byte) (bool, bool, error) {
			priv, err := sm2.GenerateKey()
			if err != nil {
				return false, false, err
			}
			r, s, err := sm2.Sm2Sign(priv, msg, uid)
			if err != nil {
				return false, false, err
			}
			verified := sm2.Sm2Verify(&priv.PublicKey, msg, uid, r, s)
			tampered := sm2.Sm2Verify(&priv.PublicKey, append([]byte("x"), msg...), uid, r, s)
			return verified, !tampered, nil
		},
		sm3Sum:    sm3.Sm3Sum,
		sm4Cipher: sm4.NewCipher,
	})
}
