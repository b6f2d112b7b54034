import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def contents = new File(basedir, 'models/src/Notes.xcdatamodeld/Notes.xcdatamodel/contents').canonicalPath
// The log: absolute paths, as the compiler plugin prints them, whichever folder the build ran in.
assert log.contains("[ERROR] ${contents}:4:9: ")
// A passing build says which reports it wrote.
def reports = new File(basedir, 'models/target/cdlint')
assert log.contains("cdlint: 2 findings (2 errors) in 1 model. Reports: ${new File(reports, 'cdlint-github.txt').canonicalPath}, ${new File(reports, 'cdlint.sarif').canonicalPath}")
assert log.contains('BUILD SUCCESS')
// The reports: relative to the root the build was started in, as GitHub reads them from the checkout.
def github = new File(reports, 'cdlint-github.txt').text
assert github.contains('file=models/src/Notes.xcdatamodeld/Notes.xcdatamodel/contents,line=4,col=9')
def sarif = new JsonSlurper().parse(new File(reports, 'cdlint.sarif'))
assert sarif.runs[0].results*.locations*.getAt(0)*.physicalLocation*.artifactLocation*.uri.every {
    it.startsWith('models/src/Notes.xcdatamodeld/')
}
