import numpy as np
s = '''abc

def
