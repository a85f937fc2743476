using System.Collections;
using System.Globalization;

namespace GraphBuilder.Bolt.Internal;

/// <summary>Converts received values to the type a caller asks for (long to int, List&lt;object?&gt; to List&lt;string&gt;, ...).</summary>
internal static class ValueConverter
{
    public static T Convert<T>(object? value) => (T)Convert(value, typeof(T))!;

    public static object? Convert(object? value, Type target)
    {
        if (value is null)
        {
            return target.IsValueType && Nullable.GetUnderlyingType(target) is null
                ? throw new InvalidCastException($"Cannot convert null to {target}.")
                : null;
        }

        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsArray && value is IList array)
        {
            var elementType = underlying.GetElementType()!;
            var result = Array.CreateInstance(elementType, array.Count);
            for (var i = 0; i < array.Count; i++)
            {
                result.SetValue(Convert(array[i], elementType), i);
            }

            return result;
        }

        if (underlying.IsGenericType && value is IList list && IsListLike(underlying.GetGenericTypeDefinition()))
        {
            var elementType = underlying.GetGenericArguments()[0];
            var result = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType), list.Count)!;
            foreach (var item in list)
            {
                result.Add(Convert(item, elementType));
            }

            return result;
        }

        if (underlying.IsGenericType && value is IDictionary<string, object?> map && IsMapLike(underlying.GetGenericTypeDefinition())
            && underlying.GetGenericArguments()[0] == typeof(string))
        {
            var valueType = underlying.GetGenericArguments()[1];
            var result = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType), map.Count)!;
            foreach (var (key, item) in map)
            {
                result.Add(key, Convert(item, valueType));
            }

            return result;
        }

        if (underlying == typeof(string))
        {
            return System.Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(underlying))
        {
            return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        }

        if (underlying == typeof(DateTime) && value is LocalDateTime localDateTime)
        {
            return localDateTime.ToDateTime();
        }

        throw new InvalidCastException($"Cannot convert a value of type {value.GetType()} to {target}.");
    }

    private static bool IsListLike(Type definition) =>
        definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(IReadOnlyList<>)
        || definition == typeof(IEnumerable<>) || definition == typeof(ICollection<>) || definition == typeof(IReadOnlyCollection<>);

    private static bool IsMapLike(Type definition) =>
        definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>);
}
