@echo off
rem Runs cdlint from the distribution on Windows: lib\cdlint.jar beside this folder, with the JDK (17 or later)
rem in JAVA_HOME or else java on the PATH; CDLINT_JAVA_OPTS adds JVM options. Without the POSIX launcher's
rem start-up archive, the same JVM options for a short-lived process.
setlocal
set "CDLINT_JAVA=java"
if defined JAVA_HOME set "CDLINT_JAVA=%JAVA_HOME%\bin\java"
"%CDLINT_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -Xlog:all=error:stderr %CDLINT_JAVA_OPTS% -jar "%~dp0..\lib\cdlint.jar" %*
exit /b %ERRORLEVEL%
