def log = new File(basedir, 'build.log').text
// against-ref: main in .cdlint.yml: Note.createdAt was a Date on main and is a String in the work tree.
def contents = new File(basedir, 'Notes.xcdatamodeld/Notes.xcdatamodel/contents').canonicalPath
assert log.contains("[ERROR] ${contents}:5:9: field CD_createdAt of CD_Note was TIMESTAMP in the deployed model (main) and is STRING now")
assert log.contains('[evolution-field-type-changed]')
assert log.contains('BUILD FAILURE')
