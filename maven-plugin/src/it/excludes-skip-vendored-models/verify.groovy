def log = new File(basedir, 'build.log').text
// Vendor is excluded by the goal's excludes, Tests/Fixtures by .cdlint.yml: their violating models are not linted.
assert log.contains('cdlint: skipping 2 excluded models')
assert !log.contains('Vendor/')
assert !log.contains('Tests/Fixtures/')
// Of the two models left, the one not CloudKit-enabled is said once, in the summary, not as a finding.
assert log.contains('cdlint: 1 model is not CloudKit-enabled and was not checked')
assert !log.contains('[cloudkit-not-enabled]')
assert log.contains('cdlint: No problems found in 2 models.')
assert log.contains('BUILD SUCCESS')
