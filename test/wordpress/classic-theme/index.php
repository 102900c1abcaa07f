<?php
/**
 * The one template of the suite's classic theme: the head, then the queried posts' content, in
 * `.entry-content` as WordPress's default classic themes print it (the republish notice copies it).
 *
 * @package RefugeWidgets\Tests
 */

?><!doctype html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo( 'charset' ); ?>">
<meta name="viewport" content="width=device-width, initial-scale=1">
<?php wp_head(); ?>
</head>
<body>
<?php
while ( have_posts() ) {
	the_post();
	echo '<article><h1>' . esc_html( get_the_title() ) . '</h1><div class="entry-content">';
	the_content();
	echo '</div></article>';
}
wp_footer();
?>
</body>
</html>
