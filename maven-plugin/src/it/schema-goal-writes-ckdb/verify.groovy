def schema = new File(basedir, 'target/cdlint/Notes.ckdb').text
assert schema.startsWith('DEFINE SCHEMA\n')
assert schema.contains('RECORD TYPE CD_Note (')
assert schema.contains('CD_folder              STRING')
