// Compiled only when CGO_ENABLED=1 (the go tool skips files importing "C"
// otherwise), so a missing "cgo" check tells the script the C toolchain was
// not used.
package main

/*
static int xcprobe_answer(void) { return 42; }
*/
import "C"

import "fmt"

func init() {
	register("cgo", func() (bool, string) {
		v := int(C.xcprobe_answer())
		return v == 42, fmt.Sprintf("C call returned %d", v)
	})
}
