import groovy.json.JsonSlurper
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions
import javax.xml.parsers.DocumentBuilderFactory

def log = new File(basedir, 'build.log').text
assert log.contains('[ordered-relationship]')
assert log.contains('BUILD SUCCESS')

def reports = new File(basedir, 'target/cdlint')
def json = new JsonSlurper().parse(new File(reports, 'cdlint.json'))
assert json.summary.error == 2
assert json.findings*.rule.toSet() == ['attribute-required-without-default', 'ordered-relationship'].toSet()
def sarif = new JsonSlurper().parse(new File(reports, 'cdlint.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.size() == 2
def xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
// With failOn never nothing fails, in the build or on a test dashboard: the findings are passing cases that
// keep their message.
def junit = xml.parse(new File(reports, 'cdlint-junit.xml'))
assert junit.getElementsByTagName('failure').length == 0
assert junit.getElementsByTagName('system-out').length == 2
// The schema rules did not run (no production schema): skipped, not passed.
assert junit.documentElement.getAttribute('skipped').toInteger() > 0
assert xml.parse(new File(reports, 'cdlint-checkstyle.xml')).getElementsByTagName('error').length == 2

// Reports have the mode any file the build creates has under the user's umask (build.log is one): 0644 under 022,
// not the 0600 of a temporary file.
def mode = { File f -> PosixFilePermissions.toString(Files.getPosixFilePermissions(f.toPath())) }
assert mode(new File(reports, 'cdlint.json')) == mode(new File(basedir, 'build.log'))
