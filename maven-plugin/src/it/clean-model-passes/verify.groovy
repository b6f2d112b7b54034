def log = new File(basedir, 'build.log').text
assert log.contains('cdlint: No problems found in 1 model.')
assert log.contains('BUILD SUCCESS')
