# arithmetic: which NaN a complex sum passes on where both operands' parts are NaN (seen through an integer view of
# the result's bytes). NumPy's complex add loop has a reduce branch (the output is x itself, both stepping 0: a
# one-element x += y), vector loops for all-contiguous operands and for a repeated x or y, and a scalar loop that its
# compiler vectorises where the output stays clear of the inputs; the compiler orders each add's operands as it
# likes, differently in each branch and tail. NumPy 1.24 passes x's NaN everywhere but in the reduce branch; NumPy
# 2.4's X86_V3 build (run on AVX-512 CPUs too) and its baseline build follow their own tables (the corpus runs under
# both). Found by the property tests (NumPy 1.24, seed 681: v0[:, :] += v0[::-1, ::-1] of a complex64 view of
# int64 memory), then measured on every branch for 1 to 40 elements (2026-12-06).
import numpy as np
# complex64: X's parts are NaNs with even payloads, Y's with odd ones.
# contiguous
X = (np.arange(4, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r1 = np.add(X[:1], Y[:1])
bits1 = r1.copy().view(np.int32)
X = (np.arange(12, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r2 = np.add(X[:3], Y[:3])
bits2 = r2.copy().view(np.int32)
X = (np.arange(16, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r3 = np.add(X[:4], Y[:4])
bits3 = r3.copy().view(np.int32)
X = (np.arange(20, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r4 = np.add(X[:5], Y[:5])
bits4 = r4.copy().view(np.int32)
X = (np.arange(24, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r5 = np.add(X[:6], Y[:6])
bits5 = r5.copy().view(np.int32)
X = (np.arange(52, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r6 = np.add(X[:13], Y[:13])
bits6 = r6.copy().view(np.int32)
# y repeated
X = (np.arange(4, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r7 = np.add(X[:1], Y[0])
bits7 = r7.copy().view(np.int32)
X = (np.arange(12, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r8 = np.add(X[:3], Y[0])
bits8 = r8.copy().view(np.int32)
X = (np.arange(20, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r9 = np.add(X[:5], Y[0])
bits9 = r9.copy().view(np.int32)
# x repeated
X = (np.arange(4, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r10 = np.add(X[0], Y[:1])
bits10 = r10.copy().view(np.int32)
X = (np.arange(12, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r11 = np.add(X[0], Y[:3])
bits11 = r11.copy().view(np.int32)
X = (np.arange(24, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r12 = np.add(X[0], Y[:6])
bits12 = r12.copy().view(np.int32)
# strided (the scalar loop)
X = (np.arange(4, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r13 = np.add(X[:2:2], Y[:2:2])
bits13 = r13.copy().view(np.int32)
X = (np.arange(12, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r14 = np.add(X[:6:2], Y[:6:2])
bits14 = r14.copy().view(np.int32)
X = (np.arange(24, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r15 = np.add(X[:12:2], Y[:12:2])
bits15 = r15.copy().view(np.int32)
X = (np.arange(28, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r16 = np.add(X[:14:2], Y[:14:2])
bits16 = r16.copy().view(np.int32)
# strided out (the scalar loop)
X = (np.arange(12, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
O = np.zeros(6, dtype=np.complex64)
r17 = np.add(X[:3], Y[:3], out=O[::2])
bits17 = r17.copy().view(np.int32)
X = (np.arange(28, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
O = np.zeros(14, dtype=np.complex64)
r18 = np.add(X[:7], Y[:7], out=O[::2])
bits18 = r18.copy().view(np.int32)
# in place, contiguous
X = (np.arange(4, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r19 = np.add(X[:1], Y[:1], out=X[:1])
bits19 = r19.copy().view(np.int32)
X = (np.arange(8, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r20 = np.add(X[:2], Y[:2], out=X[:2])
bits20 = r20.copy().view(np.int32)
X = (np.arange(20, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r21 = np.add(X[:5], Y[:5], out=X[:5])
bits21 = r21.copy().view(np.int32)
# in place, strided (the scalar loop, aliased)
X = (np.arange(4, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r22 = np.add(X[:2:2], Y[:1], out=X[:2:2])
bits22 = r22.copy().view(np.int32)
X = (np.arange(12, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r23 = np.add(X[:6:2], Y[:3], out=X[:6:2])
bits23 = r23.copy().view(np.int32)
# into y, strided (aliased)
X = (np.arange(12, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r24 = np.add(X[:3], Y[:6:2], out=Y[:6:2])
bits24 = r24.copy().view(np.int32)
# y repeated, x strided
X = (np.arange(12, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r25 = np.add(X[:6:2], Y[:1].reshape(()))
bits25 = r25.copy().view(np.int32)
# x repeated, y strided
X = (np.arange(12, dtype=np.int32) * 2 + (-4194304)).view(np.float32).view(np.complex64)
Y = X.view(np.int32) + 1
Y = Y.view(np.float32).view(np.complex64)
r26 = np.add(X[:1].reshape(()), Y[:6:2])
bits26 = r26.copy().view(np.int32)
# complex128: X's parts are NaNs with even payloads, Y's with odd ones.
# contiguous
X = (np.arange(4, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r27 = np.add(X[:1], Y[:1])
bits27 = r27.copy().view(np.int64)
X = (np.arange(12, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r28 = np.add(X[:3], Y[:3])
bits28 = r28.copy().view(np.int64)
X = (np.arange(16, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r29 = np.add(X[:4], Y[:4])
bits29 = r29.copy().view(np.int64)
X = (np.arange(20, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r30 = np.add(X[:5], Y[:5])
bits30 = r30.copy().view(np.int64)
X = (np.arange(24, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r31 = np.add(X[:6], Y[:6])
bits31 = r31.copy().view(np.int64)
X = (np.arange(52, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r32 = np.add(X[:13], Y[:13])
bits32 = r32.copy().view(np.int64)
# y repeated
X = (np.arange(4, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r33 = np.add(X[:1], Y[0])
bits33 = r33.copy().view(np.int64)
X = (np.arange(12, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r34 = np.add(X[:3], Y[0])
bits34 = r34.copy().view(np.int64)
X = (np.arange(20, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r35 = np.add(X[:5], Y[0])
bits35 = r35.copy().view(np.int64)
# x repeated
X = (np.arange(4, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r36 = np.add(X[0], Y[:1])
bits36 = r36.copy().view(np.int64)
X = (np.arange(12, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r37 = np.add(X[0], Y[:3])
bits37 = r37.copy().view(np.int64)
X = (np.arange(24, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r38 = np.add(X[0], Y[:6])
bits38 = r38.copy().view(np.int64)
# strided (the scalar loop)
X = (np.arange(4, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r39 = np.add(X[:2:2], Y[:2:2])
bits39 = r39.copy().view(np.int64)
X = (np.arange(12, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r40 = np.add(X[:6:2], Y[:6:2])
bits40 = r40.copy().view(np.int64)
X = (np.arange(24, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r41 = np.add(X[:12:2], Y[:12:2])
bits41 = r41.copy().view(np.int64)
X = (np.arange(28, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r42 = np.add(X[:14:2], Y[:14:2])
bits42 = r42.copy().view(np.int64)
# strided out (the scalar loop)
X = (np.arange(12, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
O = np.zeros(6, dtype=np.complex128)
r43 = np.add(X[:3], Y[:3], out=O[::2])
bits43 = r43.copy().view(np.int64)
X = (np.arange(28, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
O = np.zeros(14, dtype=np.complex128)
r44 = np.add(X[:7], Y[:7], out=O[::2])
bits44 = r44.copy().view(np.int64)
# in place, contiguous
X = (np.arange(4, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r45 = np.add(X[:1], Y[:1], out=X[:1])
bits45 = r45.copy().view(np.int64)
X = (np.arange(8, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r46 = np.add(X[:2], Y[:2], out=X[:2])
bits46 = r46.copy().view(np.int64)
X = (np.arange(20, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r47 = np.add(X[:5], Y[:5], out=X[:5])
bits47 = r47.copy().view(np.int64)
# in place, strided (the scalar loop, aliased)
X = (np.arange(4, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r48 = np.add(X[:2:2], Y[:1], out=X[:2:2])
bits48 = r48.copy().view(np.int64)
X = (np.arange(12, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r49 = np.add(X[:6:2], Y[:3], out=X[:6:2])
bits49 = r49.copy().view(np.int64)
# into y, strided (aliased)
X = (np.arange(12, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r50 = np.add(X[:3], Y[:6:2], out=Y[:6:2])
bits50 = r50.copy().view(np.int64)
# y repeated, x strided
X = (np.arange(12, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r51 = np.add(X[:6:2], Y[:1].reshape(()))
bits51 = r51.copy().view(np.int64)
# x repeated, y strided
X = (np.arange(12, dtype=np.int64) * 2 + (-2251799813685248)).view(np.float64).view(np.complex128)
Y = X.view(np.int64) + 1
Y = Y.view(np.float64).view(np.complex128)
r52 = np.add(X[:1].reshape(()), Y[:6:2])
bits52 = r52.copy().view(np.int64)
