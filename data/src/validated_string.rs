//! What every validated string of the format shares, written once.

/// For a tuple struct `$name(String)` that implements `TryFrom<String>` with
/// `$error`: parsing from `&str`, giving back the `String` (serde writes it so),
/// reading it as a `str`, and displaying it as written.
macro_rules! validated_string {
    ($name:ident, $error:ty) => {
        impl TryFrom<&str> for $name {
            type Error = $error;

            fn try_from(value: &str) -> Result<Self, Self::Error> {
                Self::try_from(value.to_owned())
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> Self {
                value.0
            }
        }

        impl std::ops::Deref for $name {
            type Target = str;

            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str(&self.0)
            }
        }
    };
}
