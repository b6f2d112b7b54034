package dev.cdlint.wiring;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.source.Excerpt;
import dev.cdlint.source.SourceLocation;
import dev.cdlint.xcode.Platform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@RuleInfo(
        id = "wiring-platforms-split-containers",
        severity = Severity.WARNING,
        summary = "App targets of one product, on different platforms, mirror to different CloudKit containers",
        rationale = "NSPersistentCloudKitContainer mirrors to the first container of the entitlements unless code"
                + " names one. When the iOS app and the Mac app of one project mirror to different containers, their"
                + " data never meets, though each syncs with itself. Some products separate data on purpose, hence"
                + " a warning.",
        source = Sources.CLOUDKIT + "#wiring-containers; Apple, \"NSPersistentCloudKitContainer\","
                + " https://developer.apple.com/documentation/coredata/nspersistentcloudkitcontainer; a real case,"
                + " https://github.com/caiyue1993/IceCream/pull/104",
        runtimeError = "Silent: data entered on one platform never appears on the other.",
        fix = "List the same container first in every app's entitlements, or name it in"
                + " NSPersistentCloudKitContainerOptions(containerIdentifier:) in the shared code.",
        example = """
                iOS.entitlements: iCloud.com.example.Notes      Mac.entitlements: iCloud.com.example.NotesMac""")
public final class PlatformsSplitContainers implements WiringRule {

    @Override
    public void check(WiringContext context) {
        AppWiring wiring = context.wiring();
        Map<String, List<Mirror>> byProjectAndConfiguration = new LinkedHashMap<>();
        for (TargetVariant variant : context.variants()) {
            if (!variant.isApplication() || variant.platform() == Platform.MAC_CATALYST) {
                continue;
            }
            Optional<Code.Syncing> syncing = Code.syncing(wiring, variant)
                    .filter(s -> s.site().api() != SwiftCode.Api.CK_SYNC_ENGINE);
            if (syncing.isEmpty()) {
                continue;
            }
            SwiftCode.ContainerSite site = syncing.get().site();
            List<Entitlements.Item> containers = syncing.get().entitlements().strings(Entitlements.CONTAINERS);
            Optional<String> named = site.containerIdentifier();
            if (named.isEmpty() && (containers.isEmpty() || !containers.get(0).certain())) {
                continue;
            }
            String container = named.orElse(containers.isEmpty() ? "" : containers.get(0).text());
            SourceLocation at = named.isPresent() ? site.identifierLocation() : containers.get(0).location();
            byProjectAndConfiguration.computeIfAbsent(variant.project().file() + "\u0000" + variant.configuration(),
                    k -> new ArrayList<>()).add(new Mirror(variant, container, at));
        }
        for (List<Mirror> mirrors : byProjectAndConfiguration.values()) {
            if (mirrors.stream().map(m -> m.variant().platform()).distinct().count() < 2
                    || mirrors.stream().map(Mirror::container).distinct().count() < 2) {
                continue;
            }
            for (Mirror mirror : mirrors) {
                List<String> others = mirrors.stream().filter(m -> !m.container().equals(mirror.container()))
                        .map(m -> Excerpt.quoted(m.variant().target().name(), 80) + " on "
                                + m.variant().platform().displayName() + " (" + Excerpt.quoted(m.container(), 120)
                                + ")").distinct().toList();
                context.report(mirror.variant(), mirror.at(), Entitlements.CONTAINERS, "mirrors to "
                        + Excerpt.quoted(mirror.container(), 120) + " while " + String.join(", ", others)
                        + " mirrors elsewhere: their data never meets.");
            }
        }
    }

    private record Mirror(TargetVariant variant, String container, SourceLocation at) {}
}
