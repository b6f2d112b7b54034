def log = new File(basedir, 'build.log').text
assert log.contains('cdlint: 0 errors, 0 warnings, 0 infos in 1 models')
assert log.contains('BUILD SUCCESS')
