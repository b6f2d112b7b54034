// A repository whose main branch holds the model production was deployed from; the work tree holds today's model,
// in which Note.createdAt became a String.
def git(String... arguments) {
    def command = ['git', '-c', 'user.name=cdlint', '-c', 'user.email=cdlint@example.invalid', '-c',
                   'commit.gpgsign=false'] + arguments.toList()
    def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0: "${command.join(' ')}: ${output}"
}
def model = new File(basedir, 'Notes.xcdatamodeld/Notes.xcdatamodel/contents')
def today = model.text
git('init', '-q', '-b', 'main')
model.text = new File(basedir, 'deployed-contents.xml').text
git('add', '.')
git('commit', '-q', '-m', 'The deployed model')
model.text = today
return true
