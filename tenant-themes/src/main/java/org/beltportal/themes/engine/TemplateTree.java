package org.beltportal.themes.engine;

import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import freemarker.core.Environment;
import freemarker.core.Expression;
import freemarker.core.TemplateElement;
import freemarker.core.TemplateObject;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;

/**
 * The parse tree of a template, directives and expressions alike, as the rules of the sandbox read it.
 * FreeMarker publishes the directives ({@link TemplateElement#getChildAt}) but keeps each node's operands
 * (the expressions of a directive, the operands of an operator, a built-in's name) behind package-private
 * methods of {@link TemplateObject}; they are read here by reflection, in one place (with the value a
 * function returns, which {@link RenderBudget} counts and {@link Environment} keeps to itself), and the tests pin
 * what the rules rely on. The tree is walked without recursion, so a template nested ten thousand levels
 * deep is read as safely as a flat one.
 */
final class TemplateTree {

    private static final Method PARAMETER_COUNT = templateObjectMethod("getParameterCount");
    private static final Method PARAMETER_VALUE = templateObjectMethod("getParameterValue", int.class);
    private static final Method NODE_TYPE = templateObjectMethod("getNodeTypeSymbol");
    private static final Method IS_LITERAL = method(Expression.class, "isLiteral");
    private static final Method LAST_RETURN_VALUE = method(Environment.class, "getLastReturnValue");

    private final List<Node> nodes;

    private TemplateTree(List<Node> nodes) {
        this.nodes = nodes;
    }

    /** Every node of the template in document order (a node before its operands and nested content). */
    static TemplateTree of(Template template) {
        List<Node> nodes = new ArrayList<>();
        Set<TemplateObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(new Node(rootOf(template), null, 0));
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (!seen.add(node.object())) {
                continue;
            }
            nodes.add(node);
            List<TemplateObject> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(new Node(children.get(i), node, node.depth() + 1));
            }
        }
        return new TemplateTree(nodes);
    }

    /** One node on its own, to read its operands; it knows no parent. */
    static Node nodeOf(TemplateObject object) {
        return new Node(object, null, 0);
    }

    List<Node> nodes() {
        return nodes;
    }

    /** The value of a string literal without interpolations, else empty. */
    static Optional<String> literalText(Object operand) {
        return literal(operand, "StringLiteral").map(value -> {
            try {
                return ((TemplateScalarModel) value).getAsString();
            } catch (TemplateModelException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The value of a number literal (FreeMarker parsed it with its decimal arithmetic), else empty. */
    static Optional<BigDecimal> literalNumber(Object operand) {
        return literal(operand, "NumberLiteral").map(value -> {
            try {
                return new BigDecimal(((TemplateNumberModel) value).getAsNumber().toString());
            } catch (TemplateModelException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Optional<TemplateModel> literal(Object operand, String kind) {
        if (!(operand instanceof Expression expression && expression.getClass().getSimpleName().equals(kind)
                && (Boolean) invoke(IS_LITERAL, expression))) {
            return Optional.empty();
        }
        try {
            // A constant evaluates without an environment.
            return Optional.of(expression.getAsTemplateModel(null));
        } catch (TemplateException e) {
            throw new IllegalStateException("FreeMarker could not read its own literal " + expression.getCanonicalForm(), e);
        }
    }

    /** What the function being left returned ({@code #return}), which FreeMarker keeps package-private. */
    static TemplateModel lastReturnValue(Environment env) {
        return (TemplateModel) invoke(LAST_RETURN_VALUE, env);
    }

    // FreeMarker marks its parse tree API deprecated ("may change"); the tests pin what this relies on.
    @SuppressWarnings("deprecation")
    private static TemplateElement rootOf(Template template) {
        return template.getRootTreeNode();
    }

    /**
     * One directive or expression, its parent (null for the root) and how deep it is nested. A class, not
     * a record: a record's equals, hashCode and toString would follow the parents ten thousand deep.
     */
    static final class Node {

        private final TemplateObject object;
        private final Node parent;
        private final int depth;

        private Node(TemplateObject object, Node parent, int depth) {
            this.object = object;
            this.parent = parent;
            this.depth = depth;
        }

        TemplateObject object() {
            return object;
        }

        Node parent() {
            return parent;
        }

        int depth() {
            return depth;
        }

        /** What FreeMarker calls the node: {@code #list}, {@code ?join}, {@code ..}, {@code +}, {@code ...(...)}. */
        String type() {
            return (String) invoke(NODE_TYPE, object);
        }

        /**
         * The built-in's name when the node is one ({@code ?join} gives "join"), else null. Built-ins that
         * take their arguments at parse time ({@code ?then}, {@code ?map}) are typed {@code ?map(...)}.
         */
        String builtIn() {
            String type = type();
            if (!(object instanceof Expression) || !type.startsWith("?")) {
                return null;
            }
            return type.endsWith("(...)") ? type.substring(1, type.length() - "(...)".length()) : type.substring(1);
        }

        /** The node's operands: expressions, names, numbers, as FreeMarker lists them. */
        List<Object> operands() {
            int count = (Integer) invoke(PARAMETER_COUNT, object);
            List<Object> operands = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                operands.add(invoke(PARAMETER_VALUE, object, i));
            }
            return operands;
        }

        int line() {
            return object.getBeginLine();
        }

        int column() {
            return object.getBeginColumn();
        }

        @Override
        public String toString() {
            return type() + " at line " + line() + ", column " + column();
        }

        @SuppressWarnings("deprecation")
        private List<TemplateObject> children() {
            List<TemplateObject> children = new ArrayList<>();
            for (Object operand : operands()) {
                if (operand instanceof TemplateObject child) {
                    children.add(child);
                }
            }
            if (object instanceof TemplateElement element) {
                for (int i = 0; i < element.getChildCount(); i++) {
                    children.add((TemplateElement) element.getChildAt(i));
                }
            }
            return children;
        }
    }

    private static Method templateObjectMethod(String name, Class<?>... parameters) {
        return method(TemplateObject.class, name, parameters);
    }

    private static Method method(Class<?> owner, String name, Class<?>... parameters) {
        try {
            Method method = owner.getDeclaredMethod(name, parameters);
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("FreeMarker " + owner.getSimpleName() + "." + name
                    + " is gone: the template rules need updating for this FreeMarker version", e);
        }
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("FreeMarker's " + method.getName() + " failed", e.getCause());
        }
    }
}
