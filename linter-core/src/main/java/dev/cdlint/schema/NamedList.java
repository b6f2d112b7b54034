package dev.cdlint.schema;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An immutable list that also finds an element by its name in constant time. Schemas and their mirrors are looked
 * up by name once per record type and field, so a list scan there makes comparing a model of 40,000 entities with
 * a schema of 40,000 record types quadratic. The first element of a name wins, as a scan would find it.
 */
public final class NamedList<T> extends AbstractList<T> implements RandomAccess {

    private final List<T> items;
    private final Map<String, T> byName;

    private NamedList(List<T> items, Function<T, String> name) {
        this.items = List.copyOf(items);
        this.byName = new HashMap<>(this.items.size() * 2);
        this.items.forEach(item -> byName.putIfAbsent(name.apply(item), item));
    }

    /** The items as a named list: the list itself when it is one already, so records can copy it for free. */
    public static <T> NamedList<T> of(List<T> items, Function<T, String> name) {
        return items instanceof NamedList<T> named ? named : new NamedList<>(items, name);
    }

    /** The element of that name, found as a scan from the start would find it. */
    public Optional<T> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }
}
