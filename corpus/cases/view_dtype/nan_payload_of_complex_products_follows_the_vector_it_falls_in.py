# view_dtype: which NaN complex products and squares pass on where x's and y's parts are all NaN, with four different
# payloads (seen through integer views). NumPy 2's multiply and square loops run rounds of two vectors and then a
# vector at a time; in some vectors its compiler emitted the fused multiply-adds with y's parts first (br and bi
# before ar): with AVX2 (X86_V3) a complex128 product's first tail vector, a repeated x everywhere but its last
# vector, a square's second vector of each round and its tails by which of input and output is contiguous; at its
# baseline a repeated x's rounds and a complex64 repeated y's partial vectors, and a complex64 scalar square of 22
# elements or more (the compiler's vectorised copy) passes on the real part's NaN first. NumPy 1.24 keeps x's order.
# The corpus runs this under both NumPy 2 builds. Measured for 1 to 23 elements (2026-12-06).
import numpy as np
# complex64: X's parts are NaNs with their own payloads, Y's with others.
B = np.zeros(100, dtype=np.int32)
B[0::2] = -4194304
B[1::2] = -4194304 + 1
X = B.view(np.float32).view(np.complex64)
Y = (B + 2).view(np.float32).view(np.complex64)
# contiguous product
r1 = np.multiply(X[:1], Y[:1])
bits1 = np.ascontiguousarray(r1).view(np.int32)
r2 = np.multiply(X[:3], Y[:3])
bits2 = np.ascontiguousarray(r2).view(np.int32)
r3 = np.multiply(X[:5], Y[:5])
bits3 = np.ascontiguousarray(r3).view(np.int32)
# x repeated
r4 = np.multiply(X[0], Y[:1])
bits4 = np.ascontiguousarray(r4).view(np.int32)
r5 = np.multiply(X[0], Y[:5])
bits5 = np.ascontiguousarray(r5).view(np.int32)
r6 = np.multiply(X[0], Y[:9])
bits6 = np.ascontiguousarray(r6).view(np.int32)
# x repeated, y strided
r7 = np.multiply(X[0], Y[:2:2])
bits7 = np.ascontiguousarray(r7).view(np.int32)
r8 = np.multiply(X[0], Y[:6:2])
bits8 = np.ascontiguousarray(r8).view(np.int32)
# y repeated
r9 = np.multiply(X[:1], Y[0])
bits9 = np.ascontiguousarray(r9).view(np.int32)
r10 = np.multiply(X[:3], Y[0])
bits10 = np.ascontiguousarray(r10).view(np.int32)
# square, contiguous
r11 = np.square(X[:3])
bits11 = np.ascontiguousarray(r11).view(np.int32)
r12 = np.square(X[:5])
bits12 = np.ascontiguousarray(r12).view(np.int32)
r13 = np.square(X[:13])
bits13 = np.ascontiguousarray(r13).view(np.int32)
# square, input strided
r14 = np.square(X[:6:2])
bits14 = np.ascontiguousarray(r14).view(np.int32)
r15 = np.square(X[:18:2])
bits15 = np.ascontiguousarray(r15).view(np.int32)
# square, output strided
r16 = np.square(X[:5], out=np.zeros(10, dtype=X.dtype)[::2])
bits16 = np.ascontiguousarray(r16).view(np.int32)
r17 = np.square(X[:7], out=np.zeros(14, dtype=X.dtype)[::2])
bits17 = np.ascontiguousarray(r17).view(np.int32)
# square, both strided (the scalar kernel)
r18 = np.square(X[:10:2], out=np.zeros(10, dtype=X.dtype)[::2])
bits18 = np.ascontiguousarray(r18).view(np.int32)
r19 = np.square(X[:44:2], out=np.zeros(44, dtype=X.dtype)[::2])
bits19 = np.ascontiguousarray(r19).view(np.int32)
# complex128: X's parts are NaNs with their own payloads, Y's with others.
B = np.zeros(100, dtype=np.int64)
B[0::2] = -2251799813685248
B[1::2] = -2251799813685248 + 1
X = B.view(np.float64).view(np.complex128)
Y = (B + 2).view(np.float64).view(np.complex128)
# contiguous product
r20 = np.multiply(X[:1], Y[:1])
bits20 = np.ascontiguousarray(r20).view(np.int64)
r21 = np.multiply(X[:3], Y[:3])
bits21 = np.ascontiguousarray(r21).view(np.int64)
r22 = np.multiply(X[:5], Y[:5])
bits22 = np.ascontiguousarray(r22).view(np.int64)
# x repeated
r23 = np.multiply(X[0], Y[:1])
bits23 = np.ascontiguousarray(r23).view(np.int64)
r24 = np.multiply(X[0], Y[:5])
bits24 = np.ascontiguousarray(r24).view(np.int64)
r25 = np.multiply(X[0], Y[:9])
bits25 = np.ascontiguousarray(r25).view(np.int64)
# x repeated, y strided
r26 = np.multiply(X[0], Y[:2:2])
bits26 = np.ascontiguousarray(r26).view(np.int64)
r27 = np.multiply(X[0], Y[:6:2])
bits27 = np.ascontiguousarray(r27).view(np.int64)
# y repeated
r28 = np.multiply(X[:1], Y[0])
bits28 = np.ascontiguousarray(r28).view(np.int64)
r29 = np.multiply(X[:3], Y[0])
bits29 = np.ascontiguousarray(r29).view(np.int64)
# square, contiguous
r30 = np.square(X[:3])
bits30 = np.ascontiguousarray(r30).view(np.int64)
r31 = np.square(X[:5])
bits31 = np.ascontiguousarray(r31).view(np.int64)
r32 = np.square(X[:13])
bits32 = np.ascontiguousarray(r32).view(np.int64)
# square, input strided
r33 = np.square(X[:6:2])
bits33 = np.ascontiguousarray(r33).view(np.int64)
r34 = np.square(X[:18:2])
bits34 = np.ascontiguousarray(r34).view(np.int64)
# square, output strided
r35 = np.square(X[:5], out=np.zeros(10, dtype=X.dtype)[::2])
bits35 = np.ascontiguousarray(r35).view(np.int64)
r36 = np.square(X[:7], out=np.zeros(14, dtype=X.dtype)[::2])
bits36 = np.ascontiguousarray(r36).view(np.int64)
# square, both strided (the scalar kernel)
r37 = np.square(X[:10:2], out=np.zeros(10, dtype=X.dtype)[::2])
bits37 = np.ascontiguousarray(r37).view(np.int64)
r38 = np.square(X[:44:2], out=np.zeros(44, dtype=X.dtype)[::2])
bits38 = np.ascontiguousarray(r38).view(np.int64)
