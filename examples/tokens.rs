//! Print jieba-rs tokens (with hetu's dictionary) of the text given as argument:
//! `cargo run --release --example tokens -- 位于高新区的中航光电高端互连科技产业社区项目`
fn main() {
    let text: String = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let norm = hetu::normalise::normalise(&text).as_str().to_owned();
    let seg = hetu::segment::segment(norm);
    for t in &seg.tokens {
        print!("{}/{} ", seg.word(t), t.tag);
    }
    println!();
}
