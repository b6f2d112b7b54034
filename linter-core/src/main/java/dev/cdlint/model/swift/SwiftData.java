package dev.cdlint.model.swift;

import dev.cdlint.source.InputException;
import java.util.List;

/**
 * What a project's Swift says about persistence: its SwiftData models, every container the code creates, and the
 * files that mattered but could not be followed.
 */
public record SwiftData(List<SwiftDataModel> models, ContainerCode containerCode, List<InputException> unreadable) {

    public static final SwiftData NONE = new SwiftData(List.of(), ContainerCode.NONE, List.of());

    public SwiftData {
        models = List.copyOf(models);
        unreadable = List.copyOf(unreadable);
    }
}
