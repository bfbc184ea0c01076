# np.einsum of one operand with an ellipsis: '...' stands for the axes no letter names (none, or several), placed
# where the output's ellipsis is, or first when there is no '->'. Index-only subscripts give a view (diagonals of
# a stack, transposes that keep the stack axes), writeable when the operand is; a '.' outside an ellipsis, an
# output without the ellipsis the input has axes for, or a repeated label over axes of two lengths is ValueError.
import numpy as np
stack = np.arange(2 * 3 * 3).reshape(2, 3, 3)
diagonals = np.einsum('...ii->...i', stack)
diagonals[1] = -1
implicit = np.einsum('...ij', stack[:, ::-1])
swapped = np.einsum('ij...->...ji', stack.transpose(1, 2, 0))
same = np.einsum('...', stack)
middle = np.einsum('i...i->i...', np.arange(3 * 2 * 3.).reshape(3, 2, 3))
nothing_for_it = np.einsum('...ij->ij...', np.arange(6).reshape(2, 3))
scalar = np.einsum('...', np.array(4.0))
read_only = np.einsum('...ii->...i', np.broadcast_to(np.eye(3), (2, 3, 3)))
# expect: ValueError
np.einsum('..ii', stack)
# expect: ValueError
np.einsum('...ii->i', stack)
# expect: ValueError
np.einsum('...ij->...ij.', stack)
# expect: ValueError
np.einsum('...i-', stack)
# A summed label (a trace) is no view: its first step checks the lengths of the axes it combines.
# expect: ValueError
np.einsum('...ii', np.arange(6).reshape(1, 2, 3))
