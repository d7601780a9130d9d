//! Sums and quantities as local papers write them (27.2亿元, 5000万元,
//! 200兆瓦). Shared data below the stages: the recognisers read
//! "投资 sum 元 verb" before a name to know it is a project, and the
//! relations read the same words for the project's figure and investor.

use crate::normalise::{is_one_of, spells_at};

/// 27.2亿元 → 2 720 000 000; 5000万元 → 50 000 000.
pub fn parse_amount(s: &str) -> Option<u64> {
    let s = s.trim_start_matches(['约', '达', '为', '超', '近', ' ']);
    let num_len = s.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(s.len());
    if num_len == 0 {
        return None;
    }
    let (num, unit) = s.split_at(num_len);
    // 亿美元, 万欧元: an amount in another currency is no amount in yuan
    let unit_word = unit.trim_start_matches(['亿', '万']);
    if ["美元", "欧元", "港元", "港币", "日元", "英镑", "卢布", "美金"].iter().any(|c| unit_word.starts_with(c)) {
        return None;
    }
    let mult: u64 = if unit.starts_with("亿元") || unit.starts_with("亿") {
        100_000_000
    } else if unit.starts_with("万元") || unit.starts_with("万") {
        10_000
    } else if unit.starts_with('元') {
        1
    } else {
        return None;
    };
    // exact decimal arithmetic: split integer and fraction
    let (int, frac) = num.split_once('.').unwrap_or((num, ""));
    let int: u64 = int.parse().ok()?;
    let mut value = int.checked_mul(mult)?;
    let mut scale = mult;
    for d in frac.chars() {
        scale /= 10;
        if scale == 0 {
            break;
        }
        value = value.checked_add(u64::from(d.to_digit(10)?) * scale)?;
    }
    Some(value)
}

/// Verbs of building between a sum and what it builds, longest first.
const BUILD_VERBS: [&str; 6] = ["建设", "新建", "兴建", "打造", "实施", "建"];

/// Units of a plant's power or output (200兆瓦光伏发电项目, 年产10万吨…项目):
/// written before a project's name they are part of it, as 年产1500台套 is.
pub(crate) const PLANT_CAPACITY_UNITS: [&str; 11] = ["万千瓦", "千瓦", "兆瓦", "吉瓦", "MW", "GW", "兆瓦时", "千瓦时", "千伏", "万吨", "吨"];

/// Units of the size of what is built (投资3亿元建设|5000亩|茶叶基地): where
/// they stand before a name, its extent, not its name's start.
const SIZE_UNITS: [&str; 8] = ["万亩", "亩", "万平方米", "平方米", "公里", "万头", "万只", "万套"];

/// Whether `unit` is a unit of size or capacity, with or without its
/// 万 (头 as 万头 is).
pub(crate) fn is_size_unit(unit: &str) -> bool {
    !unit.is_empty() && PLANT_CAPACITY_UNITS.iter().chain(&SIZE_UNITS).any(|u| *u == unit || u.strip_prefix('万') == Some(unit))
}

/// A sum invested to build what is named at some position.
#[derive(Debug, PartialEq, Eq)]
pub struct Investment {
    /// where 投资 starts
    pub invest_at: usize,
    /// the sum in yuan; `None` for a sum in another currency (投资5亿美元的)
    pub yuan: Option<u64>,
}

/// The sum in yuan written right after a name, maybe after a comma, by one
/// of `words` (某项目投资1.2亿元, 某工程，总投资3亿元).
pub fn sum_after(chars: &[char], pos: usize, words: &[&str]) -> Option<u64> {
    let at = if chars.get(pos) == Some(&',') { pos + 1 } else { pos };
    let word = words.iter().find(|w| spells_at(chars, at, w))?;
    let from = at + word.chars().count();
    parse_amount(&chars[from.min(chars.len())..(from + 16).min(chars.len())].iter().collect::<String>())
}

/// 投资 and a sum in yuan, then a verb of building or 的 or both, and
/// maybe a capacity, written right before `pos` (投资35亿元建设的|某某项目,
/// 投资12亿元的|某某项目, 投资3亿元建设5000亩|茶叶基地).
pub fn investment_before(chars: &[char], pos: usize) -> Option<Investment> {
    let ends_with = |end: usize, w: &str| {
        let n = w.chars().count();
        (end >= n && spells_at(chars, end - n, w)).then(|| end - n)
    };
    let mut at = pos;
    if let Some(unit_at) = PLANT_CAPACITY_UNITS.iter().chain(&SIZE_UNITS).find_map(|u| ends_with(at, u)) {
        let digits = chars[..unit_at].iter().rev().take_while(|c| c.is_ascii_digit() || **c == '.').count();
        if digits > 0 {
            at = unit_at - digits;
        }
    }
    let linked = ends_with(at, "的");
    at = linked.unwrap_or(at);
    // (实施了|某项目: the verb's aspect is no part of the name either)
    let aspect = ends_with(at, "了").filter(|&k| linked.is_none() && BUILD_VERBS.iter().any(|v| ends_with(k, v).is_some()));
    let verb = BUILD_VERBS.iter().find_map(|v| ends_with(aspect.unwrap_or(at), v));
    if verb.is_none() && linked.is_none() {
        return None;
    }
    at = verb.unwrap_or(at);
    if verb.is_some() {
        // 投资3.2亿元|在某镇|建设…项目: where it is built may stand between the sum and the verb
        if let Some(place_at) = (at.saturating_sub(12)..at.saturating_sub(2)).rev().find(|&k| k >= 1 && chars[k] == '在' && chars[k + 1..at].iter().all(|&c| crate::normalise::is_han(c))) {
            at = place_at;
        }
        // 投资45亿元，建设, 投资12亿元，在某镇建设: a comma may close the sum
        if at >= 2 && chars[at - 1] == ',' && chars[at - 2] == '元' {
            at -= 1;
        }
    }
    if at == 0 || chars[at - 1] != '元' {
        return None;
    }
    // 5亿美元: a sum in another currency still says a project is invested in
    let currency = at >= 2 && is_one_of(chars[at - 2], "美欧港日");
    let number_end = if currency { at - 2 } else { at };
    let sum_len = chars[..number_end].iter().rev().take_while(|c| c.is_ascii_digit() || is_one_of(**c, ".亿万元约")).count();
    let sum_at = number_end - sum_len;
    let invest_at = ends_with(sum_at, "投资")?;
    if pos - invest_at > 24 || !chars[sum_at..number_end].iter().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let sum: String = chars[sum_at..at].iter().collect();
    let yuan = parse_amount(&sum);
    if yuan.is_none() && !currency {
        return None;
    }
    Some(Investment { invest_at, yuan })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_yuan() {
        // another currency gives no amount in yuan
        assert_eq!(parse_amount("50亿美元"), None);
        assert_eq!(parse_amount("约3000万欧元"), None);
        assert_eq!(parse_amount("27.2亿元,"), Some(2_720_000_000));
        assert_eq!(parse_amount("约5000万元"), Some(50_000_000));
        assert_eq!(parse_amount("1.05亿元"), Some(105_000_000));
        assert_eq!(parse_amount("亿元"), None);
        assert_eq!(parse_amount("304.21亿"), Some(30_421_000_000));
    }

    #[test]
    fn the_sum_invested_to_build_what_follows() {
        let before = |text: &str, name: &str| {
            let chars: Vec<char> = text.chars().collect();
            let pos = text.find(name).map(|b| text[..b].chars().count()).expect("name in text");
            investment_before(&chars, pos).map(|i| (i.invest_at, i.yuan))
        };
        assert_eq!(before("某公司投资12亿元建设某某项目", "某某项目"), Some((3, Some(1_200_000_000))));
        assert_eq!(before("投资35亿元建设的某某项目", "某某项目"), Some((0, Some(3_500_000_000))));
        assert_eq!(before("投资5000万元的某某项目", "某某项目"), Some((0, Some(50_000_000))));
        assert_eq!(before("将投资25亿元建设200兆瓦光伏发电项目", "光伏发电项目"), Some((1, Some(2_500_000_000))));
        assert_eq!(before("将投资25亿元建设200兆瓦光伏发电项目", "200兆瓦"), Some((1, Some(2_500_000_000))));
        assert_eq!(before("乡里投资800万元实施了某村某某项目", "某村"), Some((2, Some(8_000_000))));
        assert_eq!(before("投资约3亿元新建年产30万吨某某项目", "年产"), Some((0, Some(300_000_000))));
        // another currency: invested in, at no figure in yuan
        assert_eq!(before("投资5亿美元建设某某项目", "某某项目"), Some((0, None)));
        assert_eq!(before("某集团投资5亿美元的某某项目", "某某项目"), Some((3, None)));
        // no verb of building nor 的, no 投资, no sum
        assert_eq!(before("投资12亿元某某项目", "某某项目"), None);
        assert_eq!(before("投资美元的某某项目", "某某项目"), None);
        assert_eq!(before("总产值12亿元建设某某项目", "某某项目"), None);
    }
}
