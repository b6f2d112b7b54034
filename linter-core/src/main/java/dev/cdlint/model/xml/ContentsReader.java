package dev.cdlint.model.xml;

import dev.cdlint.model.Attribute;
import dev.cdlint.model.AttributeType;
import dev.cdlint.model.BoolValue;
import dev.cdlint.model.CompositeDefinition;
import dev.cdlint.model.Configuration;
import dev.cdlint.model.DeleteRule;
import dev.cdlint.model.Entity;
import dev.cdlint.model.FetchIndex;
import dev.cdlint.model.FetchedProperty;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.model.Relationship;
import dev.cdlint.model.UniquenessConstraint;
import dev.cdlint.source.HardenedSax;
import dev.cdlint.source.InputException;
import dev.cdlint.source.IoReasons;
import dev.cdlint.source.SourceLocation;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.transform.sax.SAXSource;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;

/** Reads one {@code contents} file into a {@link ModelVersion}. */
final class ContentsReader {

    private ContentsReader() {}

    /** Built once per process: creating a JAXB context costs far more than reading a model. */
    private static final class Context {
        static final JAXBContext INSTANCE = create();

        private static JAXBContext create() {
            try {
                return JAXBContext.newInstance(XmlBinding.Model.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("cannot build the JAXB context for model files", e);
            }
        }
    }

    /** Builds the JAXB context now, so that a front end can do it while it is busy with something else. */
    static void prepare() {
        Objects.requireNonNull(Context.INSTANCE);
    }

    /**
     * Streams the file twice, for tag positions and for the XML, rather than holding it in memory, and turns each
     * entity into the domain model as soon as it is parsed, dropping its binding, so that a large model never
     * exists twice.
     */
    static ModelVersion read(Path contents, String versionName) {
        return read(contents, versionName, contents);
    }

    /**
     * The same, with every location naming {@code shownAs} instead of the file read: for a model extracted from git
     * into a temporary folder, whose findings point at the revision's file rather than at the copy.
     */
    static ModelVersion read(Path contents, String versionName, Path shownAs) {
        try (InputStream in = Files.newInputStream(contents)) {
            Converter converter = new Converter(shownAs, TagPositions.of(contents));
            List<Entity> entities = new ArrayList<>();
            XmlBinding.Model xml = unmarshal(contents, in, new Unmarshaller.Listener() {
                @Override
                public void afterUnmarshal(Object target, Object parent) {
                    if (target instanceof XmlBinding.Entity entity && entity.name != null) {
                        entities.add(converter.entity(entity));
                        entity.release();
                    }
                }
            });
            return converter.version(versionName, xml, entities);
        } catch (TagPositions.TagTooLarge e) {
            throw new InputException(new SourceLocation(contents, (int) Math.min(e.line, Integer.MAX_VALUE), 0),
                    "cannot read the model: " + e.getMessage() + " (an attribute value of that size is no model's;"
                            + " Xcode never writes one)", e);
        } catch (NoSuchFileException e) {
            throw new InputException(SourceLocation.ofFile(contents), "no such file");
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(contents), "cannot read the file: " + IoReasons.of(e), e);
        }
    }

    private static XmlBinding.Model unmarshal(Path file, InputStream in, Unmarshaller.Listener listener) {
        InputSource input = new InputSource(in);
        input.setSystemId(file.toUri().toString());
        try {
            Unmarshaller unmarshaller = Context.INSTANCE.createUnmarshaller();
            unmarshaller.setListener(listener);
            JAXBElement<XmlBinding.Model> root = unmarshaller.unmarshal(
                    new SAXSource(HardenedXml.modelReader(), input), XmlBinding.Model.class);
            if (!"model".equals(root.getName().getLocalPart())) {
                throw new InputException(SourceLocation.ofFile(file), "not a Core Data model: the root element is <"
                        + root.getName().getLocalPart() + ">, a model's is <model>");
            }
            return root.getValue();
        } catch (JAXBException e) {
            SAXParseException parseError = findCause(e, SAXParseException.class);
            if (parseError != null) {
                throw HardenedXml.malformed(file, parseError);
            }
            CharConversionException encoding = findCause(e, CharConversionException.class);
            if (encoding != null) {
                String reason = HardenedSax.firstLine(encoding.getMessage());
                SourceLocation at = reason.contains("UTF-8") ? firstInvalidUtf8(file) : SourceLocation.ofFile(file);
                throw new InputException(at, "malformed XML: the bytes do not match the file's encoding ("
                        + reason.toLowerCase(Locale.ROOT).replaceAll("\\.$", "") + ")", e);
            }
            UnsupportedEncodingException unknown = findCause(e, UnsupportedEncodingException.class);
            if (unknown != null) {
                throw new InputException(SourceLocation.ofFile(file), "malformed XML: the file declares an"
                        + " encoding cdlint cannot decode; Xcode writes UTF-8", e);
            }
            Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e;
            throw new InputException(SourceLocation.ofFile(file), "cannot read the model: "
                    + HardenedSax.firstLine(cause.getMessage() != null ? cause.getMessage() : cause.toString()), e);
        }
    }

    /**
     * Where the first byte that is not UTF-8 is, which the parser does not say: the line and column of the
     * character it would have been, counting lines by line feeds.
     */
    private static SourceLocation firstInvalidUtf8(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(8192);
        CharBuffer chars = CharBuffer.allocate(8192);
        int line = 1;
        int column = 1;
        try (InputStream in = Files.newInputStream(file)) {
            for (boolean end = false; !end; ) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                bytes.position(bytes.position() + Math.max(read, 0)).flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                chars.flip();
                while (chars.hasRemaining()) {
                    if (chars.get() == '\n') {
                        line++;
                        column = 1;
                    } else {
                        column++;
                    }
                }
                chars.clear();
                if (result.isError()) {
                    return new SourceLocation(file, line, column);
                }
                bytes.compact();
            }
        } catch (IOException unreadable) {
            // The file-level location still names the file.
        }
        return SourceLocation.ofFile(file);
    }

    private static <T extends Throwable> T findCause(JAXBException e, Class<T> type) {
        Throwable current = e.getLinkedException() != null ? e.getLinkedException() : e.getCause();
        while (current != null) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            current = current.getCause();
        }
        return null;
    }

    /** Turns the bound XML into the domain model: the one place that decides what each attribute value means. */
    private record Converter(Path file, TagPositions positions, Map<String, String> shared) {

        Converter(Path file, TagPositions positions) {
            this(file, positions, new HashMap<>());
        }

        /**
         * One copy of a value that recurs all over a model (type names, delete rules, destination entities): the
         * parser makes a new string for every occurrence, and on large models those copies add up.
         */
        private String share(String value) {
            return value == null ? null : shared.computeIfAbsent(value, v -> v);
        }

        ModelVersion version(String name, XmlBinding.Model xml, List<Entity> entities) {
            List<Configuration> configurations = new ArrayList<>();
            configurations.add(new Configuration(Configuration.DEFAULT, names(entities.stream().map(Entity::name)),
                    BoolValue.of(xml.usedWithCloudKit), true, at(xml)));
            xml.configurations.stream()
                    .filter(c -> c.name != null && !c.name.equals(Configuration.DEFAULT))
                    .map(c -> new Configuration(c.name,
                            names(c.members.stream().map(m -> m.name).filter(Objects::nonNull)),
                            BoolValue.of(c.usedWithCloudKit), false, at(c)))
                    .forEach(configurations::add);
            List<CompositeDefinition> composites = xml.composites.stream()
                    .filter(c -> c.name != null)
                    .map(c -> new CompositeDefinition(c.name, attributes(c.attributes), at(c)))
                    .toList();
            return new ModelVersion(name, BoolValue.of(xml.usedWithCloudKit), entities, configurations, composites,
                    at(xml));
        }

        Entity entity(XmlBinding.Entity xml) {
            return new Entity(
                    xml.name,
                    blankToNull(xml.parentEntity),
                    BoolValue.of(xml.isAbstract),
                    attributes(xml.attributes),
                    xml.relationships.stream().filter(r -> r.name != null).map(this::relationship).toList(),
                    xml.fetchedProperties.stream().filter(f -> f.name != null).map(this::fetchedProperty).toList(),
                    xml.uniquenessConstraints.stream()
                            .map(u -> new UniquenessConstraint(
                                    u.constraints.stream().map(c -> c.value).filter(Objects::nonNull).toList(),
                                    at(u)))
                            .toList(),
                    xml.fetchIndexes.stream()
                            .map(i -> new FetchIndex(i.name,
                                    i.elements.stream().map(e -> e.property).filter(Objects::nonNull).toList(),
                                    at(i)))
                            .toList(),
                    userInfo(xml.userInfo),
                    renamingIdentifier(xml.elementID, xml.renamingIdentifier),
                    at(xml));
        }

        private List<Attribute> attributes(List<XmlBinding.Attribute> xml) {
            return xml.stream().filter(a -> a.name != null).map(this::attribute).toList();
        }

        private Attribute attribute(XmlBinding.Attribute xml) {
            String defaultValue = xml.defaultValueString != null ? xml.defaultValueString : xml.defaultDateTimeInterval;
            return new Attribute(
                    xml.name,
                    AttributeType.fromXmlName(xml.attributeType),
                    xml.attributeType == null ? "" : share(xml.attributeType),
                    BoolValue.of(xml.optional),
                    BoolValue.of(xml.isTransient),
                    BoolValue.of(xml.derived),
                    defaultValue,
                    BoolValue.of(xml.allowsExternalBinaryDataStorage),
                    BoolValue.of(xml.allowsCloudEncryption),
                    BoolValue.of(xml.usesMergeableStorage),
                    share(blankToNull(xml.valueTransformerName)),
                    share(blankToNull(xml.composite)),
                    userInfo(xml.userInfo),
                    renamingIdentifier(xml.elementID, xml.renamingIdentifier),
                    at(xml));
        }

        private Relationship relationship(XmlBinding.Relationship xml) {
            return new Relationship(
                    xml.name,
                    share(xml.destinationEntity),
                    blankToNull(xml.inverseName),
                    share(blankToNull(xml.inverseEntity)),
                    BoolValue.of(xml.toMany),
                    BoolValue.of(xml.ordered),
                    BoolValue.of(xml.optional),
                    BoolValue.of(xml.isTransient),
                    count(xml.minCount),
                    count(xml.maxCount),
                    DeleteRule.fromXmlName(xml.deletionRule),
                    share(xml.deletionRule),
                    userInfo(xml.userInfo),
                    renamingIdentifier(xml.elementID, xml.renamingIdentifier),
                    at(xml));
        }

        private FetchedProperty fetchedProperty(XmlBinding.FetchedProperty xml) {
            XmlBinding.FetchRequest request = xml.fetchRequest;
            return new FetchedProperty(xml.name, request == null ? null : request.entity,
                    request == null ? null : request.predicateString, at(xml));
        }

        private SourceLocation at(XmlBinding.Located element) {
            Locator locator = element.locator;
            if (locator == null) {
                return SourceLocation.ofFile(file);
            }
            return positions.startOf(file, locator.getLineNumber(), locator.getColumnNumber());
        }

        private static Map<String, String> userInfo(List<XmlBinding.Entry> entries) {
            Map<String, String> map = new LinkedHashMap<>();
            for (XmlBinding.Entry entry : entries) {
                if (entry.key != null) {
                    map.put(entry.key, entry.value == null ? "" : entry.value);
                }
            }
            return map;
        }

        private static Set<String> names(Stream<String> names) {
            return names.collect(Collectors.toCollection(LinkedHashSet::new));
        }

        /**
         * Xcode's "Renaming ID": written {@code elementID} by current Xcode, {@code renamingIdentifier} in some
         * models; null when the element has none, in which case Core Data takes the element's name.
         */
        private static String renamingIdentifier(String elementId, String renamingIdentifier) {
            return elementId != null && !elementId.isBlank() ? elementId : blankToNull(renamingIdentifier);
        }

        private static String blankToNull(String value) {
            return value == null || value.isEmpty() ? null : value;
        }

        /** Counts Xcode writes as whole numbers; anything else is treated as unset rather than failing the read. */
        private static int count(String value) {
            if (value == null) {
                return 0;
            }
            try {
                return Math.max(Integer.parseInt(value.trim()), 0);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
