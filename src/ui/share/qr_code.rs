use yew::prelude::*;

/// Modules of white margin around the code (the QR standard asks for four).
pub const QUIET_ZONE: usize = 4;

/// The QR code of `text` as SVG path data: one `M x y h n v 1 h -n z` rectangle per run of dark
/// modules in a row, offset by the quiet zone. Returns the side length in modules (quiet zone
/// included) and the path, or `None` when the text does not fit in a QR code.
///
/// Error correction level L: a screen is clean and flat, and the lowest level keeps the code
/// as coarse (and so as easy to scan from across a room) as possible.
pub fn qr_path(text: &str) -> Option<(usize, String)> {
    let code =
        qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::L).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::with_capacity(colors.len() * 3);
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < row.len() {
            if row[x] == qrcode::Color::Dark {
                let start = x;
                while x < row.len() && row[x] == qrcode::Color::Dark {
                    x += 1;
                }
                let run = x - start;
                path.push_str(&format!(
                    "M{} {}h{run}v1h-{run}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE
                ));
            } else {
                x += 1;
            }
        }
    }
    Some((width + 2 * QUIET_ZONE, path))
}

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    /// What the code holds (a share link).
    pub text: AttrValue,
    /// The text alternative: what the code is, for people who cannot see it.
    pub label: AttrValue,
    /// Shown when the text is too long for a QR code.
    pub too_long: AttrValue,
}

/// A QR code drawn as SVG in the page (black on white, crisp edges, scales to the box it is
/// given), with an accessible name. Nothing is fetched: the code is computed on the device.
#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let drawn = use_memo(props.text.clone(), |text| qr_path(text));
    match &*drawn {
        Some((size, path)) => {
            let view_box = format!("0 0 {size} {size}");
            html! {
                <svg class="qr-code" role="img" aria-label={props.label.clone()}
                    viewBox={view_box} shape-rendering="crispEdges" focusable="false">
                    <rect width={size.to_string()} height={size.to_string()} fill="#ffffff" />
                    <path d={path.clone()} fill="#000000" />
                </svg>
            }
        }
        None => html! { <p class="notice">{ props.too_long.clone() }</p> },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typical_share_link_fits_and_every_module_is_inside_the_box() {
        let link = format!(
            "https://askel.example.fi/?lang=fi&page=scenarios#s1.{}",
            "eJy".repeat(200)
        );
        let (size, path) = qr_path(&link).expect("fits");
        assert!(size > 21 + 2 * QUIET_ZONE);
        assert!(path.starts_with('M') && path.ends_with('z'));
        for rect in path.split('M').skip(1) {
            let mut numbers = rect
                .split(|c: char| !c.is_ascii_digit())
                .filter(|s| !s.is_empty());
            let x: usize = numbers.next().and_then(|n| n.parse().ok()).expect("x");
            let y: usize = numbers.next().and_then(|n| n.parse().ok()).expect("y");
            let run: usize = numbers.next().and_then(|n| n.parse().ok()).expect("run");
            assert!(x >= QUIET_ZONE && x + run <= size - QUIET_ZONE, "{rect}");
            assert!(y >= QUIET_ZONE && y < size - QUIET_ZONE, "{rect}");
        }
    }

    #[test]
    fn too_long_for_any_qr_code_is_none() {
        assert!(qr_path(&"x".repeat(3000)).is_none());
        assert!(qr_path("").is_some());
    }
}
