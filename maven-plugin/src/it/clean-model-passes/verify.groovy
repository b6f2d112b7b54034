def log = new File(basedir, 'build.log').text
assert log.contains('cdlint: No problems found in 1 model.')
assert log.contains('BUILD SUCCESS')

// help:describe shows each parameter's description from the plugin descriptor: every parameter has one.
def jar = new java.util.jar.JarFile(new File(localRepositoryPath,
        "dev/cdlint/cdlint-maven-plugin/${projectVersion}/cdlint-maven-plugin-${projectVersion}.jar"))
def descriptor = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(jar.getInputStream(jar.getEntry('META-INF/maven/plugin.xml')))
def parameters = descriptor.getElementsByTagName('parameter')
assert parameters.length > 0
for (int i = 0; i < parameters.length; i++) {
    def parameter = parameters.item(i)
    def name = parameter.getElementsByTagName('name').item(0).textContent
    def description = parameter.getElementsByTagName('description').item(0)?.textContent
    assert description?.trim() : "parameter ${name} has no description"
}
