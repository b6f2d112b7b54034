def log = new File(basedir, 'build.log').text
// Each finding is one compiler-style line at its file:line:column, at Maven's matching level.
def contents = new File(basedir, 'Notes.xcdatamodeld/Notes.xcdatamodel/contents').canonicalPath
assert log.contains("[ERROR] ${contents}:4:9: ")
assert log.contains('[attribute-required-without-default]')
assert log.contains("[ERROR] ${contents}:9:9: ")
assert log.contains('[ordered-relationship]')
assert log.contains('cdlint: 2 findings (2 errors) in 1 model. The build fails on error (failOn).')
assert log.contains('BUILD FAILURE')
