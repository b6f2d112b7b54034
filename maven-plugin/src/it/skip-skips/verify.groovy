def log = new File(basedir, 'build.log').text
assert log.contains('Skipping cdlint (cdlint.skip is set)')
assert !log.contains('[ordered-relationship]')
assert log.contains('BUILD SUCCESS')
