using System.Collections.Generic;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;
using GradGen.Parsing.Body;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing.Structs
{
    /// <summary>One instance field of a differentiable struct (an auto-property by its property's name).</summary>
    internal sealed class StructMember
    {
        public StructMember(string name, ISymbol symbol, BodyType? scalar, StructLayout? nested, bool isConstant, int firstLeaf, int leafCount)
        {
            Name = name;
            Symbol = symbol;
            Scalar = scalar;
            Nested = nested;
            IsConstant = isConstant;
            FirstLeaf = firstLeaf;
            LeafCount = leafCount;
        }

        public string Name { get; }

        /// <summary>The field, or the property an auto-property's backing field belongs to.</summary>
        public ISymbol Symbol { get; }

        public BodyType? Scalar { get; }

        public StructLayout? Nested { get; }

        public bool IsConstant { get; }

        public int FirstLeaf { get; }

        public int LeafCount { get; }
    }

    /// <summary>
    /// A struct GradGen flattens into its scalar leaves (issue 19): its fields in declaration order, each a double,
    /// float, int, long or bool (int, long and bool, and fields marked [NoDerivative], are constants) or a
    /// differentiable struct itself.
    /// </summary>
    internal sealed class StructLayout
    {
        public StructLayout(INamedTypeSymbol type, IReadOnlyList<StructMember> members, bool isNumerics)
        {
            Type = type;
            Members = members;
            IsNumerics = isNumerics;
        }

        public INamedTypeSymbol Type { get; }

        public IReadOnlyList<StructMember> Members { get; }

        /// <summary>Whether it is <c>System.Numerics.Vector2</c>, <c>Vector3</c> or <c>Vector4</c>, whose operators are built in.</summary>
        public bool IsNumerics { get; }

        public IEnumerable<StructLeafModel> Leaves => Members.SelectMany(member => member.Nested is { } nested
            ? nested.Leaves.Select(leaf => new StructLeafModel("." + member.Name + leaf.Path, leaf.Type, leaf.IsConstant || member.IsConstant))
            : new[] { new StructLeafModel("." + member.Name, member.Scalar!.Value, member.IsConstant) });

        public int LeafCount => Members.Sum(member => member.LeafCount);

        public StructMember? Member(string name) => Members.FirstOrDefault(member => member.Name == name);
    }

    /// <summary>What makes a struct impossible to flatten, as the arguments of its diagnostic.</summary>
    internal sealed record StructProblem(DiagnosticDescriptor Descriptor, string Member, string Detail);

    /// <summary>Recognises differentiable structs and how to build them from their leaves.</summary>
    internal static class StructLayouts
    {
        private static readonly string[] NumericsVectors = { "Vector2", "Vector3", "Vector4" };
        private static readonly string[] NumericsFields = { "X", "Y", "Z", "W" };

        /// <summary>
        /// Whether GradGen treats the type as a struct of numbers: a struct, not a built-in or nullable type, with a
        /// double or float somewhere among its fields. Other types stay what they were (GG0003 as parameters).
        /// </summary>
        public static bool IsCandidate(ITypeSymbol? type) => type is INamedTypeSymbol named && IsCandidate(named, 0);

        /// <summary>The struct an array or struct type is made of, with the array's rank (0 for the struct itself).</summary>
        public static (INamedTypeSymbol Struct, int Rank)? StructOf(ITypeSymbol? type) => type switch
        {
            IArrayTypeSymbol { ElementType: INamedTypeSymbol element } array when IsCandidate(element) => (element, array.Rank),
            INamedTypeSymbol named when IsCandidate(named) => (named, 0),
            _ => null,
        };

        /// <summary>The struct's layout, or null with the first problem found.</summary>
        /// <param name="within">The type the generated code is written in: the fields must be readable from there.</param>
        public static StructLayout? Of(INamedTypeSymbol type, INamedTypeSymbol within, out StructProblem? problem)
        {
            problem = null;
            if (IsNumerics(type))
            {
                var count = System.Array.IndexOf(NumericsVectors, type.Name) + 2;
                var fields = NumericsFields.Take(count).Select((name, i) => new StructMember(name, type.GetMembers(name).FirstOrDefault() ?? type, BodyType.Float, null, false, i, 1)).ToList();
                return new StructLayout(type, fields, isNumerics: true);
            }

            var members = new List<StructMember>();
            var leaf = 0;
            foreach (var field in type.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && !f.IsConst))
            {
                var symbol = field.AssociatedSymbol ?? field;
                var name = symbol.Name;
                var isConstant = symbol.GetAttributes().Any(a => KnownAttributes.IsNoDerivative(a.AttributeClass))
                    || field.GetAttributes().Any(a => KnownAttributes.IsNoDerivative(a.AttributeClass));
                if (!IsReadable(symbol, within))
                {
                    problem = new StructProblem(Diagnostics.DiagnosticDescriptors.StructNotRebuildable, name, "it is not readable from the generated code (make it public or internal)");
                    return null;
                }

                if (field.Type.IsReferenceType || field.Type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer)
                {
                    problem = new StructProblem(Diagnostics.DiagnosticDescriptors.StructReferenceField, name, TypeNames.ForSignature(field.Type));
                    return null;
                }

                if (BodyTypes.Of(field.Type) is { } scalar && !field.IsFixedSizeBuffer)
                {
                    members.Add(new StructMember(name, symbol, scalar, null, isConstant || !scalar.IsReal(), leaf, 1));
                    leaf++;
                    continue;
                }

                if (field.Type is INamedTypeSymbol nestedType && IsCandidate(nestedType))
                {
                    var nested = Of(nestedType, within, out problem);
                    if (nested is null)
                    {
                        return null;
                    }

                    members.Add(new StructMember(name, symbol, null, nested, isConstant, leaf, nested.LeafCount));
                    leaf += nested.LeafCount;
                    continue;
                }

                problem = new StructProblem(Diagnostics.DiagnosticDescriptors.StructUnsupportedField, name, TypeNames.ForSignature(field.Type));
                return null;
            }

            var layout = new StructLayout(type, members, isNumerics: false);
            if (Construction(layout, within, out var why) is null)
            {
                problem = new StructProblem(Diagnostics.DiagnosticDescriptors.StructNotRebuildable, why.Member, why.Detail);
                return null;
            }

            return layout;
        }

        /// <summary>The layout as data for the emitters.</summary>
        public static StructLayoutModel ModelOf(StructLayout layout, INamedTypeSymbol within) =>
            new(TypeNames.ForCode(layout.Type.WithNullableAnnotation(NullableAnnotation.None)), layout.Leaves.ToEquatableArray(), Construction(layout, within, out _)!.ToEquatableArray());

        /// <summary>
        /// How generated code builds the struct from its leaves: <c>System.Numerics</c> vectors by their constructor;
        /// a struct whose fields are all settable (init included) by an object initializer; else by a constructor that
        /// assigns every field from a parameter (a record struct's primary constructor). Null where none applies.
        /// </summary>
        private static List<TemplatePart>? Construction(StructLayout layout, INamedTypeSymbol within, out (string Member, string Detail) why)
        {
            why = (string.Empty, string.Empty);
            var type = TypeNames.ForCode(layout.Type.WithNullableAnnotation(NullableAnnotation.None));
            var parts = new List<TemplatePart>();
            if (layout.IsNumerics)
            {
                parts.Add(new TemplatePart("new " + type + "("));
                for (var i = 0; i < layout.Members.Count; i++)
                {
                    parts.Add(new TemplatePart(i == 0 ? string.Empty : ", "));
                    parts.Add(new TemplatePart(string.Empty, i));
                }

                parts.Add(new TemplatePart(")"));
                return parts;
            }

            var readOnly = layout.Members.FirstOrDefault(member => !IsWritable(member.Symbol, within));
            var constructor = readOnly is null ? default : layout.Type.InstanceConstructors
                .Where(c => IsReadable(c, within))
                .Select(c => (Constructor: c, Map: ConstructorMap(c, layout)))
                .FirstOrDefault(c => c.Map is not null && layout.Members.All(m => c.Map.Contains(m)));
            if (readOnly is not null && constructor.Constructor is null)
            {
                why = (readOnly.Name, "it cannot be set from the generated code, and no constructor only assigns every field from its parameters");
                return null;
            }

            var opened = false;
            void Value(StructMember member)
            {
                if (member.Nested is { } nested)
                {
                    parts.AddRange(Construction(nested, within, out _)!.Select(part => part.Leaf < 0 ? part : part with { Leaf = part.Leaf + member.FirstLeaf }));
                }
                else
                {
                    parts.Add(new TemplatePart(string.Empty, member.FirstLeaf));
                }
            }

            if (constructor.Constructor is not null)
            {
                parts.Add(new TemplatePart("new " + type + "("));
                for (var i = 0; i < constructor.Map!.Count; i++)
                {
                    parts.Add(new TemplatePart(i == 0 ? string.Empty : ", "));
                    if (constructor.Map[i] is { } member)
                    {
                        Value(member);
                    }
                    else
                    {
                        parts.Add(new TemplatePart("default(" + TypeNames.ForCode(constructor.Constructor.Parameters[i].Type) + ")"));
                    }
                }

                parts.Add(new TemplatePart(")"));
                return parts;
            }

            parts.Add(new TemplatePart("new " + type + " {"));
            foreach (var member in layout.Members)
            {
                parts.Add(new TemplatePart((opened ? ", " : " ") + member.Name + " = "));
                opened = true;
                Value(member);
            }

            parts.Add(new TemplatePart(" }"));
            return parts;
        }

        /// <summary>
        /// The field each parameter of a constructor assigns (null for a parameter it does not use), where the
        /// constructor does nothing else: a record struct's primary constructor, a <c>System.Numerics</c> vector's
        /// constructor of all its components, or a constructor whose body only assigns parameters to fields
        /// (<c>X = x;</c>, <c>this.Y = y;</c>, <c>(X, Y) = (x, y);</c>), each field at most once. Null otherwise.
        /// </summary>
        public static IReadOnlyList<StructMember?>? ConstructorMap(IMethodSymbol constructor, StructLayout layout)
        {
            if (layout.IsNumerics)
            {
                return constructor.Parameters.Length == layout.Members.Count && constructor.Parameters.All(p => p.Type.SpecialType == SpecialType.System_Single)
                    ? layout.Members.ToList()
                    : null;
            }

            var syntax = constructor.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).FirstOrDefault();
            if (syntax is RecordDeclarationSyntax)
            {
                return constructor.Parameters.Select(p => layout.Member(p.Name)).ToList();
            }

            if (syntax is not ConstructorDeclarationSyntax declaration
                || declaration.Initializer is { } initializer && (initializer.IsKind(SyntaxKind.BaseConstructorInitializer) || initializer.ArgumentList.Arguments.Count > 0))
            {
                return null;
            }

            var assignments = new List<(ExpressionSyntax Left, ExpressionSyntax Right)>();
            var statements = declaration.ExpressionBody is { } arrow
                ? new[] { arrow.Expression }
                : declaration.Body?.Statements.Select(s => (s as ExpressionStatementSyntax)?.Expression).ToArray();
            if (statements is null || statements.Any(s => s is null))
            {
                return null;
            }

            foreach (var statement in statements)
            {
                if (statement is not AssignmentExpressionSyntax assignment || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
                {
                    return null;
                }

                if (assignment is { Left: TupleExpressionSyntax left, Right: TupleExpressionSyntax right } && left.Arguments.Count == right.Arguments.Count)
                {
                    assignments.AddRange(left.Arguments.Select((a, i) => (a.Expression, right.Arguments[i].Expression)));
                }
                else
                {
                    assignments.Add((assignment.Left, assignment.Right));
                }
            }

            var map = new StructMember?[constructor.Parameters.Length];
            var assigned = new HashSet<string>();
            foreach (var (left, right) in assignments)
            {
                var name = left switch
                {
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: var field } => field.Identifier.ValueText,
                    _ => null,
                };
                var parameter = right is IdentifierNameSyntax value ? constructor.Parameters.FirstOrDefault(p => p.Name == value.Identifier.ValueText) : null;
                var target = name is null ? null : layout.Member(name);
                if (target is null || parameter is null || !assigned.Add(target.Name) || map[parameter.Ordinal] is not null)
                {
                    return null;
                }

                map[parameter.Ordinal] = target;
            }

            return map;
        }

        private static bool IsNumerics(INamedTypeSymbol type) =>
            type.ContainingType is null
            && type.ContainingNamespace is { Name: "Numerics", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }
            && System.Array.IndexOf(NumericsVectors, type.Name) >= 0;

        private static bool IsCandidate(INamedTypeSymbol type, int depth) =>
            depth < 8
            && type.TypeKind == TypeKind.Struct
            && type.SpecialType == SpecialType.None
            && !type.IsTupleType
            && type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T
            && (IsNumerics(type) || type.GetMembers().OfType<IFieldSymbol>().Any(f => !f.IsStatic && !f.IsConst
                && (ParameterParser.ScalarKindOf(f.Type) is not null || (f.Type is INamedTypeSymbol nested && IsCandidate(nested, depth + 1)))));

        /// <summary>Whether the generated code, written in <paramref name="within"/>, may read the member.</summary>
        private static bool IsReadable(ISymbol symbol, INamedTypeSymbol within) => symbol switch
        {
            IPropertySymbol property => property.GetMethod is { } getter && IsAccessible(getter, within),
            _ => IsAccessible(symbol, within),
        };

        private static bool IsWritable(ISymbol symbol, INamedTypeSymbol within) => symbol switch
        {
            IPropertySymbol property => property.SetMethod is { } setter && IsAccessible(setter, within),
            IFieldSymbol field => !field.IsReadOnly && IsAccessible(field, within),
            _ => false,
        };

        private static bool IsAccessible(ISymbol symbol, INamedTypeSymbol within) => symbol.DeclaredAccessibility switch
        {
            Accessibility.Public => true,
            Accessibility.Internal or Accessibility.ProtectedOrInternal => SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, within.ContainingAssembly),
            _ => Encloses(symbol.ContainingType, within),
        };

        private static bool Encloses(INamedTypeSymbol? owner, INamedTypeSymbol? type)
        {
            for (; type is not null; type = type.ContainingType)
            {
                if (SymbolEqualityComparer.Default.Equals(owner, type))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
