// Run by cdlint's own build (maven-invoker-plugin) after `mvn verify` of this sample.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('cdlint: No problems found in 1 model. Reports: ')
assert new File(basedir, 'target/cdlint/cdlint.sarif').isFile()
assert new File(basedir, 'target/cdlint/cdlint-junit.xml').isFile()
assert new File(basedir, 'target/cdlint/Journal.ckdb').text.contains('RECORD TYPE CD_Entry (')
