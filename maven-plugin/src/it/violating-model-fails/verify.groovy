def log = new File(basedir, 'build.log').text
// Each finding is one compiler-style line at its file:line:column, at Maven's matching level.
assert log.contains('[ERROR] Notes.xcdatamodeld/Notes.xcdatamodel/contents:4:9: ')
assert log.contains('[attribute-required-without-default]')
assert log.contains('[ERROR] Notes.xcdatamodeld/Notes.xcdatamodel/contents:9:9: ')
assert log.contains('[ordered-relationship]')
assert log.contains('cdlint: 2 errors, 0 warnings, 0 infos in 1 model (failOn: error)')
assert log.contains('BUILD FAILURE')
