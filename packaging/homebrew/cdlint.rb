# Homebrew formula for the cdlint distribution archive (cdlint-VERSION.tar.gz, built by ./mvnw package in
# cli/target). A tap copies this file to Formula/cdlint.rb; docs/releasing.md says what to change per release.
class Cdlint < Formula
  desc "Lints Core Data models that sync through CloudKit"
  homepage "https://github.com/cdlint/cdlint"
  url "https://github.com/cdlint/cdlint/releases/download/v0.1.0/cdlint-0.1.0.tar.gz"
  # The release's archive checksum: shasum -a 256 cli/target/cdlint-0.1.0.tar.gz
  sha256 "0000000000000000000000000000000000000000000000000000000000000000"
  license "Apache-2.0"

  depends_on "openjdk"

  def install
    libexec.install "bin", "lib"
    # bin/cdlint finds lib/ beside itself; the wrapper gives it Homebrew's JDK unless JAVA_HOME says otherwise.
    (bin/"cdlint").write_env_script libexec/"bin/cdlint", Language::Java.overridable_java_home_env
    doc.install "README.md", "docs"
    prefix.install "LICENSE"
  end

  test do
    assert_match "cdlint #{version}", shell_output("#{bin}/cdlint --version")

    model = testpath/"Notes.xcdatamodel"
    model.mkpath
    (model/"contents").write <<~XML
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <model type="com.apple.IDECoreDataModeler.DataModel" usedWithCloudKit="YES">
          <entity name="Note" representedClassName="Note" syncable="YES">
              <attribute name="title" attributeType="String"/>
          </entity>
      </model>
    XML
    output = shell_output("#{bin}/cdlint check #{model}", 1)
    assert_match "Note.title", output
  end
end
