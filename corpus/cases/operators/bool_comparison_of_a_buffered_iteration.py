# operators: bool comparisons of bytes other than 0 and 1 (bool views of uint8) where an input does not walk the
# iteration with one stride (a broadcast column, a row against a column, an F-ordered input against a broadcast
# row). NumPy's loop normalises bytes (nonzero is True) in its vector blocks and compares a run's tail as it is
# where one input repeats through a zero step, so the result depends on the runs its ufunc iterator hands the loop.
# NumPy 2.4 chooses a core by cost (nditer_constr.c): a buffer per input that stops walking it with one stride
# against the run it gains, so x (4, 20) < a (4, 1) column buffers the column (one contiguous run of 80), a (3, 1)
# column against (3, 5001) rows runs row by row in place (tails of 9 raw bytes), and a (2, 1) column against a
# (129,) row too (two buffers cost more than two rows gain). NumPy 1.24 buffers 8,192 elements from wherever the
# last run ended. An F-ordered x against a broadcast row gives an F-ordered result, walked in its memory order.
# The engine ran its own rows against stride-0 operands until 2026-12-06 (seen in random layouts: 46 of 300
# comparisons and float sums diverged under NumPy 2, 32 under NumPy 1.24).
import numpy as np
x = (np.arange(80, dtype=np.uint8) % 3 * 0x71).reshape(4, 20).view(bool)
column = (np.arange(4, dtype=np.uint8) % 2 * 0xF0 + 1).reshape(4, 1).view(bool)
buffered = x < column
rows = (np.arange(15003, dtype=np.uint8) % 3 * 0x71).reshape(3, 5001).view(bool)
short_column = (np.arange(3, dtype=np.uint8) % 2 * 0xF0 + 1).reshape(3, 1).view(bool)
row_by_row = rows < short_column
row = (np.arange(129, dtype=np.uint8) % 2 * 0xF0 + 1).view(bool)
pair = (np.arange(2, dtype=np.uint8) % 3 * 0x80).reshape(2, 1).view(bool)
outer = pair == row
square = (np.arange(528, dtype=np.uint8) * 51 % 251).astype(np.uint8).view(bool).reshape((33, 16))
fortran = np.asfortranarray(square)
last_row = (np.arange(528, dtype=np.uint8) * 241 % 251).astype(np.uint8).view(bool).reshape((33, 16))[::-1][0]
f_ordered = fortran != last_row
cube = (np.arange(3000, dtype=np.uint8) * 129 % 251).astype(np.uint8).view(bool).reshape((5, 300, 2))
plane = np.asfortranarray(cube) == cube[0]
into = np.zeros((91, 7), dtype=bool)
tall = (np.arange(637, dtype=np.uint8) * 51 % 251).astype(np.uint8).view(bool).reshape((91, 7))[::-1]
np.greater(tall, last_row[:7], out=into)
