# just
#expect:ValueError
# expect:
   # indented comment
