//! The widget reads JSON with the browser's `JSON.parse` and picks the
//! fields it shows by hand. serde (with serde-wasm-bindgen) would cost 15 KB
//! of brotli'd WASM here (measured), a third of the widget's budget; the
//! reader's app, which decodes many more shapes, keeps serde.

use js_sys::Reflect;
use tintuc::api::models::{ArticleSummary, CategoryRef, Image, ImageVariant};
use tintuc::timefmt::{Civil, Timestamp, Zone};
use wasm_bindgen::{JsCast, JsValue};

/// A JSON object.
pub struct Obj(JsValue);

impl Obj {
    pub fn parse(text: &str) -> Result<Obj, String> {
        let v = js_sys::JSON::parse(text).map_err(|_| "not JSON".to_string())?;
        Obj::from(v).ok_or_else(|| "not a JSON object".into())
    }

    fn from(v: JsValue) -> Option<Obj> {
        (v.is_object() && !js_sys::Array::is_array(&v)).then_some(Obj(v))
    }

    fn get(&self, key: &str) -> JsValue {
        Reflect::get(&self.0, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    }

    pub fn str(&self, key: &str) -> Result<String, String> {
        self.opt_str(key)
            .ok_or_else(|| format!("`{key}`: a string is required"))
    }

    pub fn opt_str(&self, key: &str) -> Option<String> {
        self.get(key).as_string()
    }

    pub fn opt_u32(&self, key: &str) -> Option<u32> {
        let n = self.get(key).as_f64()?;
        (n >= 0.0 && n <= f64::from(u32::MAX) && n.fract() == 0.0).then_some(n as u32)
    }

    pub fn obj(&self, key: &str) -> Option<Obj> {
        Obj::from(self.get(key))
    }

    pub fn array(&self, key: &str) -> Result<Vec<Obj>, String> {
        let v = self.get(key);
        let a: js_sys::Array = v.dyn_into().map_err(|_| format!("`{key}`: an array is required"))?;
        Ok(a.iter().filter_map(Obj::from).collect())
    }
}

/// One article of a list (tintuc's contract); `Err` names the bad field.
pub fn summary(o: &Obj) -> Result<ArticleSummary, String> {
    // The browser's Date reads RFC 3339 (and keeps the `time` crate out of
    // this bundle).
    let raw = o.str("published_at")?;
    let ms = js_sys::Date::parse(&raw);
    if !ms.is_finite() {
        return Err(format!("`published_at`: not a date: \"{raw}\""));
    }
    let published_at = Timestamp::from_unix((ms / 1000.0).floor() as i64);
    Ok(ArticleSummary {
        slug: o.str("slug")?,
        title: o.str("title")?,
        summary: o.opt_str("summary"),
        published_at,
        category: o.obj("category").and_then(|c| {
            Some(CategoryRef {
                slug: c.opt_str("slug")?,
                name: c.opt_str("name")?,
            })
        }),
        thumbnail: o.obj("thumbnail").and_then(|t| {
            Some(Image {
                url: t.opt_str("url")?,
                alt: t.opt_str("alt"),
                width: t.opt_u32("width"),
                height: t.opt_u32("height"),
                variants: t
                    .array("variants")
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|v| {
                        Some(ImageVariant {
                            url: v.opt_str("url")?,
                            width: v.opt_u32("width")?,
                        })
                    })
                    .collect(),
            })
        }),
    })
}

/// What the widget needs of the portal's config.json.
pub struct PortalConfig {
    pub api_base: String,
    pub zone: Zone,
    pub tintuc_backend: bool,
}

pub fn config(text: &str) -> Result<PortalConfig, String> {
    let o = Obj::parse(text)?;
    let zone = match o.opt_str("time_zone") {
        None => Zone::VIETNAM,
        Some(z) => Zone::parse(&z).ok_or_else(|| format!("time_zone \"{z}\""))?,
    };
    Ok(PortalConfig {
        // As the reader checks it: `//host` or `/\host` would send the
        // widget's requests to another host.
        api_base: tintuc::config::check_api_base(&o.str("api_base")?)?.to_string(),
        zone,
        tintuc_backend: o.opt_str("backend").is_none_or(|b| b == "tintuc"),
    })
}

/// The wall clock of `at` in `zone`, by the browser's Date.
pub fn civil(at: Timestamp, zone: Zone) -> Civil {
    let d = js_sys::Date::new(&JsValue::from_f64((at.unix() as f64 + f64::from(zone.0)) * 1000.0));
    Civil {
        year: d.get_utc_full_year() as i32,
        month: d.get_utc_month() as u8 + 1,
        day: d.get_utc_date() as u8,
        hour: d.get_utc_hours() as u8,
        minute: d.get_utc_minutes() as u8,
        second: d.get_utc_seconds() as u8,
        offset: zone.0,
    }
}
