package dev.cdlint.model.xml;

import dev.cdlint.source.InputException;
import dev.cdlint.source.IoReasons;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The two CloudKit keys of an {@code .entitlements} file, and nothing else: whether it grants CloudKit and which
 * containers it lists, in order. SwiftData's {@code .automatic} mirrors to the first of them. This is the one
 * entitlements read the model checks make; the app-wiring checks read entitlements in full with their own plist
 * reader. Only the XML form is read (Xcode writes entitlements as XML); another form is an {@link InputException}.
 *
 * @param cloudKit {@code com.apple.developer.icloud-services} lists {@code CloudKit} (or is {@code *})
 * @param containers {@code com.apple.developer.icloud-container-identifiers}, as written
 */
public record CloudKitEntitlements(Path file, boolean cloudKit, List<String> containers) {

    private static final String SERVICES = "com.apple.developer.icloud-services";
    private static final String CONTAINERS = "com.apple.developer.icloud-container-identifiers";

    public CloudKitEntitlements {
        containers = List.copyOf(containers);
    }

    public static CloudKitEntitlements read(Path file) {
        boolean cloudKit = false;
        List<String> containers = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = HardenedXml.plistReader(in);
            try {
                String key = null;
                int depth = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    } else if (event == XMLStreamConstants.START_ELEMENT) {
                        String element = xml.getLocalName();
                        if (element.equals("key") && depth == 2) {
                            key = xml.getElementText().strip(); // plist, dict, key: a top-level key
                        } else if (element.equals("string")) {
                            String value = xml.getElementText();
                            if (SERVICES.equals(key)) {
                                cloudKit |= value.strip().equals("CloudKit") || value.strip().equals("*");
                            } else if (CONTAINERS.equals(key)) {
                                containers.add(value);
                            }
                        } else {
                            depth++;
                        }
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw HardenedXml.malformed(file, "malformed entitlements", e);
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(file), "cannot read the entitlements: " + IoReasons.of(e), e);
        }
        return new CloudKitEntitlements(file, cloudKit, containers);
    }
}
