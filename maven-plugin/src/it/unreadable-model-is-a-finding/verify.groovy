import groovy.json.JsonSlurper

// A malformed model is an error finding at its position, logged like any other; the other model is still
// linted and the report file is still written for the upload step.
def log = new File(basedir, 'build.log').text
def broken = new File(basedir, 'Broken.xcdatamodeld/Broken.xcdatamodel/contents').canonicalPath
assert log.contains("[ERROR] ${broken}:4:1: Malformed XML: ")
assert log.contains('[model-unreadable]')
assert log.contains('[ordered-relationship]')
assert log.contains('in 2 models. The build fails on error (failOn).')
assert log.contains('BUILD FAILURE')
assert !log.contains('UnmarshalException')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/cdlint/cdlint.sarif'))
assert sarif.runs[0].results*.ruleId.toSet().containsAll(['model-unreadable', 'ordered-relationship'])
