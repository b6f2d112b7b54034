package dev.cdlint.check;

/** Finds a check's {@link RuleInfo}: on its class, or on its enum constant. */
final class Metadata {

    private static final ClassValue<RuleInfo> ON_CLASS = new ClassValue<>() {
        @Override
        protected RuleInfo computeValue(Class<?> type) {
            return type.getAnnotation(RuleInfo.class);
        }
    };

    private Metadata() {}

    static RuleInfo of(Check check) {
        RuleInfo info = check instanceof Enum<?> constant ? onConstant(constant) : ON_CLASS.get(check.getClass());
        if (info == null) {
            throw new IllegalStateException(check + " (" + check.getClass().getName() + ") has no @RuleInfo");
        }
        return info;
    }

    private static RuleInfo onConstant(Enum<?> constant) {
        try {
            return constant.getDeclaringClass().getField(constant.name()).getAnnotation(RuleInfo.class);
        } catch (NoSuchFieldException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
