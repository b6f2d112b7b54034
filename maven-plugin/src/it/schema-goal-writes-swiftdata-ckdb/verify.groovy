// The goal finds the project's @Model classes and writes the schema their synced store creates, named after the
// model (the target folder, App); the local store's Cache has no record type in it.
def schema = new File(basedir, 'target/cdlint/App.ckdb').text
assert schema.startsWith('DEFINE SCHEMA\n')
assert schema.contains('RECORD TYPE CD_Note (')
assert schema.contains('RECORD TYPE CD_Folder (')
assert !schema.contains('CD_Cache')
