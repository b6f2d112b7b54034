// The production export that .cdlint.yml names is an input of every check: the schema goal must not replace it.
def export = new File(basedir, 'cloudkit/Notes.ckdb')
assert export.text.contains('"___recordID"   REFERENCE QUERYABLE\n    );\n')
assert !export.text.contains('CD_folder')
def log = new File(basedir, 'build.log').text
assert log.contains("${export.canonicalPath}: refusing to write onto an input of this run")
assert log.contains('BUILD FAILURE')
