def log = new File(basedir, 'build.log').text
// The schema was exported before Note.createdAt existed.
assert log.contains('[ERROR] Notes.xcdatamodeld/Notes.xcdatamodel/contents:5:9: ')
assert log.contains('[schema-undeployed-field]')
assert log.contains('BUILD FAILURE')
