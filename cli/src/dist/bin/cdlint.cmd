@echo off
rem Runs cdlint from the distribution on Windows: lib\cdlint.jar beside this folder, with the JDK (17 or later)
rem in JAVA_HOME or else java on the PATH; CDLINT_JAVA_OPTS adds JVM options. Without the POSIX launcher's
rem start-up archive, the same JVM options for a short-lived process. Without a Java that can run, it says so and
rem exits with 3, the launcher's code (as bin/cdlint does), not cmd's 9009.
setlocal
if defined JAVA_HOME goto java_home
where java >nul 2>nul
if errorlevel 1 goto no_java_on_path
set "CDLINT_JAVA=java"
goto run

:java_home
set "CDLINT_JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%CDLINT_JAVA%" goto run
echo cdlint: JAVA_HOME is %JAVA_HOME%, which has no runnable bin\java.exe; cdlint needs a JDK 17 or later: install one and put its bin folder on the PATH, or set JAVA_HOME to it 1>&2
exit /b 3

:no_java_on_path
echo cdlint: no java on the PATH, and JAVA_HOME is not set; cdlint needs a JDK 17 or later: install one and put its bin folder on the PATH, or set JAVA_HOME to it 1>&2
exit /b 3

:run
"%CDLINT_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -Xlog:all=error:stderr %CDLINT_JAVA_OPTS% -jar "%~dp0..\lib\cdlint.jar" %*
rem 9009: cmd found no program to run.
if %ERRORLEVEL% equ 9009 goto cannot_run
exit /b %ERRORLEVEL%

:cannot_run
echo cdlint: %CDLINT_JAVA% could not be run; cdlint needs a JDK 17 or later: install one and put its bin folder on the PATH, or set JAVA_HOME to it 1>&2
exit /b 3
