def log = new File(basedir, 'build.log').text
// The goal finds the project's @Model classes without being told: a required attribute without a default is an error
// at the property's file:line:column.
def note = new File(basedir, 'App/Note.swift').canonicalPath
assert log.contains("[ERROR] ${note}:6:9: ")
assert log.contains('[attribute-required-without-default]')
assert log.contains('cdlint: 1 finding (1 error) in 1 model. The build fails on error (failOn).')
assert log.contains('BUILD FAILURE')
