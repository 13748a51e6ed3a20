//! JSON as tintuc's decoders read it. In the browser the browser parses
//! (`JSON.parse`) and the decoders read the result through js_sys: no JSON
//! parser and no serde visitors in the bundle (measured: serde's derives
//! and serde-wasm-bindgen were ~8 KB of it, brotli). Natively (the server,
//! the tests) serde_json parses. The decoders ([`crate::api::decode`], the
//! WordPress wire, the config) are written once, over [`Value`], with
//! helpers whose errors name the field that is wrong.

/// A parsed JSON document.
pub struct Doc(Inner);

#[cfg(target_arch = "wasm32")]
type Inner = wasm_bindgen::JsValue;
#[cfg(not(target_arch = "wasm32"))]
type Inner = serde_json::Value;

/// One value in a [`Doc`].
#[derive(Clone)]
pub struct Value<'a>(Ref<'a>);

#[cfg(target_arch = "wasm32")]
type Ref<'a> = (wasm_bindgen::JsValue, std::marker::PhantomData<&'a ()>);
#[cfg(not(target_arch = "wasm32"))]
type Ref<'a> = &'a serde_json::Value;

/// Parses `text`; the error says it is not JSON.
pub fn parse(text: &str) -> Result<Doc, String> {
    #[cfg(target_arch = "wasm32")]
    return js_sys::JSON::parse(text).map(Doc).map_err(|e| {
        let msg = js_sys::Error::from(e).message();
        format!("not JSON: {}", String::from(msg))
    });
    #[cfg(not(target_arch = "wasm32"))]
    serde_json::from_str(text)
        .map(Doc)
        .map_err(|e| format!("not JSON: {e}"))
}

impl Doc {
    pub fn root(&self) -> Value<'_> {
        #[cfg(target_arch = "wasm32")]
        return Value((self.0.clone(), std::marker::PhantomData));
        #[cfg(not(target_arch = "wasm32"))]
        Value(&self.0)
    }
}

#[cfg(target_arch = "wasm32")]
impl<'a> Value<'a> {
    fn js(&self) -> &wasm_bindgen::JsValue {
        &self.0 .0
    }

    fn wrap(v: wasm_bindgen::JsValue) -> Value<'a> {
        Value((v, std::marker::PhantomData))
    }

    /// The member `key` of an object; `None` when absent or null.
    pub fn get(&self, key: &str) -> Option<Value<'a>> {
        let v = self.js();
        if !v.is_object() || js_sys::Array::is_array(v) {
            return None;
        }
        js_sys::Reflect::get(v, &key.into())
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
            .map(Value::wrap)
    }

    pub fn is_object(&self) -> bool {
        self.js().is_object() && !js_sys::Array::is_array(self.js())
    }

    pub fn as_str(&self) -> Option<String> {
        self.js().as_string()
    }

    pub fn as_f64(&self) -> Option<f64> {
        self.js().as_f64()
    }

    pub fn as_bool(&self) -> Option<bool> {
        self.js().as_bool()
    }

    /// The first `max` elements of an array (the rest are never touched).
    pub fn items(&self, max: usize) -> Option<Vec<Value<'a>>> {
        let v = self.js();
        js_sys::Array::is_array(v).then(|| {
            let a: &js_sys::Array = wasm_bindgen::JsCast::unchecked_ref(v);
            a.iter().take(max).map(Value::wrap).collect()
        })
    }

    /// The members of an object, in order.
    pub fn entries(&self) -> Option<Vec<(String, Value<'a>)>> {
        let v = self.js();
        if !v.is_object() || js_sys::Array::is_array(v) {
            return None;
        }
        let obj: &js_sys::Object = wasm_bindgen::JsCast::unchecked_ref(v);
        Some(
            js_sys::Object::entries(obj)
                .iter()
                .filter_map(|pair| {
                    let pair = js_sys::Array::from(&pair);
                    Some((pair.get(0).as_string()?, Value::wrap(pair.get(1))))
                })
                .collect(),
        )
    }

    /// The value as JSON text.
    pub fn to_text(&self) -> Option<String> {
        js_sys::JSON::stringify(self.js()).ok()?.as_string()
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<'a> Value<'a> {
    /// The member `key` of an object; `None` when absent or null.
    pub fn get(&self, key: &str) -> Option<Value<'a>> {
        self.0.as_object()?.get(key).filter(|v| !v.is_null()).map(Value)
    }

    pub fn is_object(&self) -> bool {
        self.0.is_object()
    }

    pub fn as_str(&self) -> Option<String> {
        self.0.as_str().map(str::to_string)
    }

    pub fn as_f64(&self) -> Option<f64> {
        self.0.as_f64()
    }

    pub fn as_bool(&self) -> Option<bool> {
        self.0.as_bool()
    }

    /// The first `max` elements of an array (the rest are never touched).
    pub fn items(&self, max: usize) -> Option<Vec<Value<'a>>> {
        Some(self.0.as_array()?.iter().take(max).map(Value).collect())
    }

    /// The members of an object, in order.
    pub fn entries(&self) -> Option<Vec<(String, Value<'a>)>> {
        Some(self.0.as_object()?.iter().map(|(k, v)| (k.clone(), Value(v))).collect())
    }

    /// The value as JSON text.
    pub fn to_text(&self) -> Option<String> {
        Some(self.0.to_string())
    }
}

impl Value<'_> {
    /// A whole number in `u32`'s range (a float, a negative or a string is
    /// not one).
    pub fn as_u32(&self) -> Option<u32> {
        self.as_f64()
            .filter(|n| n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n))
            .map(|n| n as u32)
    }

    /// A whole number from 0 to 2^53 (what JSON numbers hold exactly).
    pub fn as_u64(&self) -> Option<u64> {
        self.as_f64()
            .filter(|n| n.fract() == 0.0 && (0.0..=9_007_199_254_740_992.0).contains(n))
            .map(|n| n as u64)
    }

    /// The required member `key`, read by `read` (`what` names its type
    /// in the error).
    pub fn req<T>(&self, key: &str, what: &str, read: impl Fn(&Self) -> Option<T>) -> Result<T, String> {
        let v = self.get(key).ok_or_else(|| format!("missing field `{key}`"))?;
        read(&v).ok_or_else(|| format!("`{key}`: expected {what}"))
    }

    /// The optional member `key`: absent or null is `None`, a value of the
    /// wrong type an error.
    pub fn opt<T>(&self, key: &str, what: &str, read: impl Fn(&Self) -> Option<T>) -> Result<Option<T>, String> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => read(&v).map(Some).ok_or_else(|| format!("`{key}`: expected {what}")),
        }
    }

    pub fn string(&self, key: &str) -> Result<String, String> {
        self.req(key, "a string", Value::as_str)
    }

    pub fn opt_string(&self, key: &str) -> Result<Option<String>, String> {
        self.opt(key, "a string", Value::as_str)
    }

    pub fn opt_u32(&self, key: &str) -> Result<Option<u32>, String> {
        self.opt(key, "a whole number", Value::as_u32)
    }

    /// The optional array `key` (absent: empty), its first `max` elements
    /// each read by `read` (the rest are not read: lists are capped where
    /// they are decoded, see `api::models::limits`); an element that
    /// doesn't read is an error naming its place.
    pub fn list<T>(&self, key: &str, max: usize, read: impl Fn(&Self) -> Result<T, String>) -> Result<Vec<T>, String> {
        let Some(v) = self.get(key) else {
            return Ok(Vec::new());
        };
        let items = v.items(max).ok_or_else(|| format!("`{key}`: expected an array"))?;
        items
            .iter()
            .enumerate()
            .map(|(i, item)| read(item).map_err(|e| format!("{key}[{i}]: {e}")))
            .collect()
    }

    /// The optional object `key`, read by `read`.
    pub fn object<T>(&self, key: &str, read: impl Fn(&Self) -> Result<T, String>) -> Result<Option<T>, String> {
        match self.get(key) {
            None => Ok(None),
            Some(v) if v.is_object() => read(&v).map(Some).map_err(|e| format!("{key}: {e}")),
            Some(_) => Err(format!("`{key}`: expected an object")),
        }
    }

    /// This value as an object (an error otherwise), read by `read`.
    pub fn as_object_with<T>(&self, read: impl Fn(&Self) -> Result<T, String>) -> Result<T, String> {
        if !self.is_object() {
            return Err("expected an object".into());
        }
        read(self)
    }
}
