package dev.cdlint.testing;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;

/**
 * A class loader of its own over the test class path, so that a test can run code in it and then ask which classes
 * that code had to load: the application class loader has loaded everything other tests touched.
 */
public final class IsolatedClassLoader extends URLClassLoader {

    public IsolatedClassLoader() {
        super(classPath(), ClassLoader.getPlatformClassLoader());
    }

    public boolean loaded(String name) {
        return findLoadedClass(name) != null;
    }

    private static URL[] classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(entry -> {
            try {
                return new File(entry).toURI().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(URL[]::new);
    }
}
