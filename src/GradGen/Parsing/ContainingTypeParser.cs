using System.Collections.Generic;
using System.Linq;
using GradGen.Diagnostics;
using GradGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing
{
    /// <summary>Reads the chain of types around a method; every one of them must be partial.</summary>
    internal static class ContainingTypeParser
    {
        public static EquatableArray<ContainingTypeModel> Parse(MethodDeclarationSyntax method, DiagnosticList diagnostics)
        {
            var types = new List<ContainingTypeModel>();
            foreach (var declaration in method.Ancestors().OfType<TypeDeclarationSyntax>())
            {
                if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    diagnostics.Add(
                        DiagnosticDescriptors.ContainingTypeNotPartial,
                        method.Identifier.GetLocation(),
                        method.Identifier.ValueText,
                        declaration.Identifier.ValueText);
                }

                if (declaration.Modifiers.Any(SyntaxKind.FileKeyword))
                {
                    diagnostics.Add(
                        DiagnosticDescriptors.FileLocalContainingType,
                        method.Identifier.GetLocation(),
                        method.Identifier.ValueText,
                        declaration.Identifier.ValueText);
                }

                types.Add(new ContainingTypeModel(Modifiers(declaration), Keyword(declaration), NameWithTypeParameters(declaration), FileNamePart(declaration)));
            }

            types.Reverse();
            return types.ToEquatableArray();
        }

        /// <summary>The modifiers that every part of a partial type repeats here: those of ref and readonly structs.</summary>
        private static string Modifiers(TypeDeclarationSyntax declaration) =>
            string.Concat(declaration.Modifiers
                .Where(modifier => modifier.IsKind(SyntaxKind.RefKeyword) || modifier.IsKind(SyntaxKind.ReadOnlyKeyword))
                .Select(modifier => modifier.ValueText + " "));

        private static string Keyword(TypeDeclarationSyntax declaration) =>
            declaration switch
            {
                RecordDeclarationSyntax { ClassOrStructKeyword.RawKind: (int)SyntaxKind.StructKeyword } => "record struct",
                RecordDeclarationSyntax => "record",
                StructDeclarationSyntax => "struct",
                InterfaceDeclarationSyntax => "interface",
                _ => "class",
            };

        private static string NameWithTypeParameters(TypeDeclarationSyntax declaration)
        {
            var name = declaration.Identifier.Text;
            if (declaration.TypeParameterList is not { Parameters.Count: > 0 } list)
            {
                return name;
            }

            var parameters = list.Parameters.Select(parameter =>
                (parameter.VarianceKeyword.IsKind(SyntaxKind.None) ? string.Empty : parameter.VarianceKeyword.ValueText + " ")
                + parameter.Identifier.Text);
            return name + "<" + string.Join(", ", parameters) + ">";
        }

        private static string FileNamePart(TypeDeclarationSyntax declaration) =>
            declaration.TypeParameterList is { Parameters.Count: > 0 } list
                ? declaration.Identifier.ValueText + "`" + list.Parameters.Count
                : declaration.Identifier.ValueText;
    }
}
