package dev.cdlint.model.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlTransient;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jaxb.core.annotation.XmlLocation;
import org.xml.sax.Locator;

/**
 * The JAXB binding of the model editor's {@code contents} XML. It mirrors the file, strings and all ("YES"/"NO"
 * stay text), so that binding never fails on a value: {@link ContentsReader} turns it into the domain model and
 * decides what each value means. Elements and attributes a newer Xcode writes are not bound and so are ignored.
 */
final class XmlBinding {

    private XmlBinding() {}

    /** Every bound element remembers where its start tag ended, from the runtime's location support. */
    @XmlAccessorType(XmlAccessType.FIELD)
    abstract static class Located {
        @XmlLocation
        @XmlTransient
        Locator locator;
    }

    static final class Model extends Located {
        @XmlAttribute String usedWithCloudKit;
        @XmlElement(name = "entity") List<Entity> entities = new ArrayList<>();
        @XmlElement(name = "configuration") List<Configuration> configurations = new ArrayList<>();
        @XmlElement(name = "composite") List<Composite> composites = new ArrayList<>();
    }

    static final class Entity extends Located {
        @XmlAttribute String name;
        @XmlAttribute String parentEntity;
        @XmlAttribute String isAbstract;
        @XmlAttribute String elementID;
        @XmlAttribute String renamingIdentifier;
        @XmlElement(name = "attribute") List<Attribute> attributes = new ArrayList<>();
        @XmlElement(name = "relationship") List<Relationship> relationships = new ArrayList<>();
        @XmlElement(name = "fetchedProperty") List<FetchedProperty> fetchedProperties = new ArrayList<>();
        @XmlElementWrapper(name = "uniquenessConstraints")
        @XmlElement(name = "uniquenessConstraint") List<UniquenessConstraint> uniquenessConstraints = new ArrayList<>();
        @XmlElement(name = "fetchIndex") List<FetchIndex> fetchIndexes = new ArrayList<>();
        @XmlElementWrapper(name = "userInfo")
        @XmlElement(name = "entry") List<Entry> userInfo = new ArrayList<>();

        /** Drops the children once the entity is in the domain model, so the binding does not hold it twice. */
        void release() {
            attributes = List.of();
            relationships = List.of();
            fetchedProperties = List.of();
            uniquenessConstraints = List.of();
            fetchIndexes = List.of();
            userInfo = List.of();
        }
    }

    static final class Attribute extends Located {
        @XmlAttribute String name;
        @XmlAttribute String attributeType;
        @XmlAttribute String optional;
        @XmlAttribute(name = "transient") String isTransient;
        @XmlAttribute String derived;
        @XmlAttribute String defaultValueString;
        @XmlAttribute String defaultDateTimeInterval;
        @XmlAttribute String allowsExternalBinaryDataStorage;
        @XmlAttribute String allowsCloudEncryption;
        /** Core Data's property name; no model written by Xcode has been seen with it (see the rule's docs). */
        @XmlAttribute String usesMergeableStorage;
        @XmlAttribute String valueTransformerName;
        @XmlAttribute String composite;
        @XmlAttribute String elementID;
        @XmlAttribute String renamingIdentifier;
        @XmlElementWrapper(name = "userInfo")
        @XmlElement(name = "entry") List<Entry> userInfo = new ArrayList<>();
    }

    static final class Relationship extends Located {
        @XmlAttribute String name;
        @XmlAttribute String destinationEntity;
        @XmlAttribute String inverseName;
        @XmlAttribute String inverseEntity;
        @XmlAttribute String toMany;
        @XmlAttribute String ordered;
        @XmlAttribute String optional;
        @XmlAttribute(name = "transient") String isTransient;
        @XmlAttribute String minCount;
        @XmlAttribute String maxCount;
        @XmlAttribute String deletionRule;
        @XmlAttribute String elementID;
        @XmlAttribute String renamingIdentifier;
        @XmlElementWrapper(name = "userInfo")
        @XmlElement(name = "entry") List<Entry> userInfo = new ArrayList<>();
    }

    static final class FetchedProperty extends Located {
        @XmlAttribute String name;
        @XmlElement FetchRequest fetchRequest;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class FetchRequest {
        @XmlAttribute String entity;
        @XmlAttribute String predicateString;
    }

    static final class UniquenessConstraint extends Located {
        @XmlElement(name = "constraint") List<Value> constraints = new ArrayList<>();
    }

    static final class FetchIndex extends Located {
        @XmlAttribute String name;
        @XmlElement(name = "fetchIndexElement") List<FetchIndexElement> elements = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class FetchIndexElement {
        @XmlAttribute String property;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Value {
        @XmlAttribute String value;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Entry {
        @XmlAttribute String key;
        @XmlAttribute String value;
    }

    static final class Configuration extends Located {
        @XmlAttribute String name;
        @XmlAttribute String usedWithCloudKit;
        @XmlElement(name = "memberEntity") List<MemberEntity> members = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class MemberEntity {
        @XmlAttribute String name;
    }

    static final class Composite extends Located {
        @XmlAttribute String name;
        @XmlElement(name = "attribute") List<Attribute> attributes = new ArrayList<>();
    }
}
