import numpy as np
print('a\tb\n\'\\\x41\u00e9\101\U0001F600', "it's", r'a\n', '''one
two''', u'café', 'ab' "cd", '\q')
