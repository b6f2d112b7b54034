def log = new File(basedir, 'build.log').text
// The schema was exported before Note.createdAt existed.
def contents = new File(basedir, 'Notes.xcdatamodeld/Notes.xcdatamodel/contents').canonicalPath
assert log.contains("[ERROR] ${contents}:5:9: ")
assert log.contains('[schema-undeployed-field]')
assert log.contains('BUILD FAILURE')
